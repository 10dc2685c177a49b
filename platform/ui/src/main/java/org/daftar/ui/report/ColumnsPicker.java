package org.daftar.ui.report;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of the report being built: any of the source's fields and of the entities it
 * references, offered by label. The chosen ones keep the order of the source's fields, whatever the
 * order they were picked in.
 */
final class ColumnsPicker extends MultiSelectComboBox<FieldPath> {

    /**
     * @param changed called after the columns changed
     */
    ColumnsPicker(ReportDraft draft, List<FieldPath> paths, Runnable changed) {
        setId("builder-columns");
        setItems(paths);
        setItemLabelGenerator(FieldPath::label);
        setWidthFull();
        List<String> chosen = draft.toReport().columns().stream().map(c -> c.path()).toList();
        setValue(paths.stream().filter(p -> chosen.contains(p.path())).collect(Collectors.toSet()));
        addValueChangeListener(e -> {
            // keep the order of the source's fields, which is the order of the picker
            draft.columns(paths.stream().filter(e.getValue()::contains).map(FieldPath::path).toList());
            changed.run();
        });
    }
}
