package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.ui.report.saved.ReportYaml;

/**
 * The shape of the report being built: the result column it is sorted by and in which direction,
 * the most rows it gives, and the kind of chart that draws it.
 */
final class ShapeEditor extends Composite<InputRow> {

    private final ReportDraft draft;
    private final Select<String> sortBy = new Select<>();
    private final Select<SortKey.Direction> direction = new Select<>();

    /**
     * @param changed called after any of them changed
     */
    ShapeEditor(ReportDraft draft, ReportFields fields, Runnable changed) {
        this.draft = draft;
        sortBy.setLabel(getTranslation("report.builder.sort"));
        sortBy.setId("builder-sort");
        sortBy.setEmptySelectionAllowed(true);
        sortBy.setItemLabelGenerator(column -> column == null ? "" : fields.columnLabel(draft.toReport(), column));
        // the result's columns follow the draft: they are offered as they are when the user opens the list
        sortBy.addAttachListener(e -> sortBy.setItems(draft.resultColumns()));
        sortBy.addFocusListener(e -> sortBy.setItems(draft.resultColumns()));
        direction.setLabel(getTranslation("report.builder.direction"));
        direction.setId("builder-direction");
        direction.setItems(SortKey.Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("report.direction." + d.name().toLowerCase()));
        direction.setValue(SortKey.Direction.ASC);
        sortBy.addValueChangeListener(e -> {
            draft.sortBy(e.getValue(), direction.getValue());
            changed.run();
        });
        direction.addValueChangeListener(e -> {
            draft.sortBy(sortBy.getValue(), e.getValue());
            changed.run();
        });
        getContent().add(sortBy, direction, limit(changed), chart(changed));
    }

    @Override
    protected InputRow initContent() {
        return new InputRow();
    }

    private IntegerField limit(Runnable changed) {
        IntegerField limit = new IntegerField(getTranslation("report.builder.limit"));
        limit.setId("builder-limit");
        limit.setMin(1);
        limit.setValue(draft.toReport().limit());
        limit.addValueChangeListener(e -> {
            draft.limit(e.getValue() != null && e.getValue() > 0 ? e.getValue() : null);
            changed.run();
        });
        return limit;
    }

    private Select<ChartType> chart(Runnable changed) {
        Select<ChartType> chart = new Select<>();
        chart.setLabel(getTranslation("report.builder.chart"));
        chart.setId("builder-chart");
        chart.setItems(ChartType.values());
        chart.setItemLabelGenerator(t -> getTranslation("report.chart." + ReportYaml.token(t)));
        chart.setValue(draft.toReport().chart() == null ? ChartType.BAR : draft.toReport().chart().type());
        chart.addValueChangeListener(e -> {
            draft.chart(e.getValue());
            changed.run();
        });
        return chart;
    }
}
