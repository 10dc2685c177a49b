package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.daftar.model.report.GroupDef;

/**
 * The groups of the report being built: a field, and for a date the bucket its values fall in (a
 * month by default), added as chips ({@code Order date (Month)}).
 */
final class GroupsEditor extends Composite<VerticalLayout> {

    private final ReportDraft draft;
    private final ReportFields fields;
    private final Runnable changed;
    private final ComboBox<FieldPath> field = new ComboBox<>();
    private final Select<GroupDef.Bucket> bucket = new Select<>();
    private final RemovableChips chips;

    /**
     * @param paths the fields that can be grouped by
     * @param changed called after a group was added or removed
     */
    GroupsEditor(ReportDraft draft, List<FieldPath> paths, ReportFields fields, Runnable changed) {
        this.draft = draft;
        this.fields = fields;
        this.changed = changed;
        this.chips = new RemovableChips("group-chips", changed);
        field.setLabel(getTranslation("report.builder.groupField"));
        field.setId("group-field");
        field.setItems(paths);
        field.setItemLabelGenerator(FieldPath::label);
        bucket.setLabel(getTranslation("report.builder.bucket"));
        bucket.setId("group-bucket");
        bucket.setItems(GroupDef.Bucket.values());
        bucket.setItemLabelGenerator(b -> getTranslation("report.bucket." + b.name().toLowerCase()));
        bucket.setEnabled(false);
        field.addValueChangeListener(e -> {
            boolean date = e.getValue() != null && e.getValue().isDate();
            bucket.setEnabled(date);
            bucket.setValue(date ? GroupDef.Bucket.MONTH : null);
        });
        Button add = new Button(getTranslation("report.builder.add"), e -> add());
        add.setId("group-add");
        showChips();
        getContent().add(new InputRow(field, bucket, add), chips);
    }

    private void add() {
        if (field.getValue() != null) {
            draft.groupBy(field.getValue().path(), bucket.isEnabled() ? bucket.getValue() : null);
            field.clear();
            showChips();
            changed.run();
        }
    }

    private void showChips() {
        chips.show(draft.groups(), this::label, group -> draft.removeGroup(group.as()));
    }

    /** {@code Order date (Month)}: the field's label, with the bucket of a date. */
    private String label(GroupDef group) {
        String label = fields.label(draft.source(), group.field().path());
        return group.bucket() == null ? label
                : label + " (" + getTranslation("report.bucket." + group.bucket().name().toLowerCase()) + ")";
    }
}
