package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.MeasureDef.Aggregate;

/**
 * The measures of the report being built: an aggregate and the field it is taken over (none for a
 * count; a number for a sum or an average), added as chips ({@code Sum Total}).
 */
final class MeasuresEditor extends Composite<VerticalLayout> {

    private final ReportDraft draft;
    private final ReportFields fields;
    private final Runnable changed;
    private final Select<Aggregate> aggregate = new Select<>();
    private final ComboBox<FieldPath> field = new ComboBox<>();
    private final RemovableChips chips;

    /**
     * @param paths the fields that can be measured
     * @param changed called after a measure was added or removed
     */
    MeasuresEditor(ReportDraft draft, List<FieldPath> paths, ReportFields fields, Runnable changed) {
        this.draft = draft;
        this.fields = fields;
        this.changed = changed;
        this.chips = new RemovableChips("measure-chips", changed);
        aggregate.setLabel(getTranslation("report.builder.aggregate"));
        aggregate.setId("measure-aggregate");
        aggregate.setItems(Aggregate.values());
        aggregate.setItemLabelGenerator(a -> getTranslation("report.aggregate." + a.token()));
        aggregate.setValue(Aggregate.COUNT);
        field.setLabel(getTranslation("report.builder.measureField"));
        field.setId("measure-field");
        field.setItemLabelGenerator(FieldPath::label);
        aggregate.addValueChangeListener(e -> {
            boolean numeric = e.getValue() == Aggregate.SUM || e.getValue() == Aggregate.AVG;
            field.setItems(paths.stream().filter(p -> !numeric || p.isNumber()).toList());
            field.setEnabled(e.getValue() != Aggregate.COUNT);
        });
        field.setEnabled(false);
        Button add = new Button(getTranslation("report.builder.add"), e -> add());
        add.setId("measure-add");
        showChips();
        getContent().add(new InputRow(aggregate, field, add), chips);
    }

    private void add() {
        Aggregate chosen = aggregate.getValue();
        if (chosen == Aggregate.COUNT || field.getValue() != null) {
            draft.measure(chosen, chosen == Aggregate.COUNT ? null : field.getValue().path());
            field.clear();
            showChips();
            changed.run();
        }
    }

    private void showChips() {
        chips.show(draft.measures(), this::label, measure -> draft.removeMeasure(measure.as()));
    }

    /** {@code Sum Total}: the aggregate, and the label of the field it is taken over. */
    private String label(MeasureDef measure) {
        String aggregated = getTranslation("report.aggregate." + measure.aggregate().token());
        return measure.field() == null ? aggregated
                : aggregated + " " + fields.label(draft.source(), measure.field().path());
    }
}
