package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.query.Result;
import org.daftar.ui.data.DataGateway;

/**
 * SQL mode for advanced users: one read-only SELECT over the tables the user may read (schema =
 * app, table = entity, columns = fields), checked and run by the gateway; a refusal is shown as a
 * message. Starts from a SELECT of the report's source.
 */
public class SqlPanel extends Composite<VerticalLayout> {

    private final DataGateway gateway;
    private final TextArea sql = new TextArea();
    private final Paragraph message = new Paragraph();
    private final ResultGrid grid = new ResultGrid();

    public SqlPanel(DataGateway gateway) {
        this.gateway = gateway;
        sql.setLabel(getTranslation("report.sql.label"));
        sql.setId("report-sql");
        sql.setWidthFull();
        sql.setMinHeight("8em");
        sql.getStyle().set("font-family", "monospace");
        sql.getElement().setAttribute("dir", "ltr");
        Button run = new Button(getTranslation("report.sql.run"), e -> run());
        run.setId("report-sql-run");
        message.setId("report-sql-message");
        grid.setId("report-sql-grid");
        grid.setVisible(false);
        getContent().setPadding(false);
        getContent().add(sql, run, message, grid);
    }

    /** Puts a starting point in the editor: the source's own columns. */
    public void startFrom(EntityDef source) {
        sql.setValue(startingSql(source));
    }

    /** {@code select id, code, name from shop.customer limit 100}: the source's stored fields. */
    public static String startingSql(EntityDef source) {
        List<String> columns = source.fields().stream()
                .filter(SqlPanel::isColumn)
                .map(FieldDef::name)
                .collect(Collectors.toList());
        columns.addFirst("id");
        return "select " + String.join(", ", columns) + "\nfrom " + source.appId() + "." + source.id() + "\nlimit 100";
    }

    public TextArea editor() {
        return sql;
    }

    public ResultGrid grid() {
        return grid;
    }

    private void run() {
        try {
            Result result = gateway.runSql(sql.getValue());
            message.setText(getTranslation("report.rows", result.rows().size()));
            grid.show(result, column -> column, CellText.PLAIN);
            grid.setVisible(true);
        } catch (RuntimeException e) {
            message.setText(getTranslation("report.sql.refused", e.getMessage()));
            grid.setVisible(false);
        }
    }

    private static boolean isColumn(FieldDef field) {
        return !field.is(FieldType.LINES) && !field.is(FieldType.ATTACHMENT);
    }
}
