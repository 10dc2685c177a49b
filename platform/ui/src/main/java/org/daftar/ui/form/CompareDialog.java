package org.daftar.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.FieldDef;
import org.daftar.ui.form.render.FormTexts;
import org.daftar.ui.form.render.ValueText;

/** Their saved version of a record beside the user's unsaved one, field by field where they differ. */
public class CompareDialog extends Dialog {

    /** One field that differs: its label, their value and the user's, as shown. */
    public record Difference(String field, String theirs, String yours) {}

    private final List<Difference> differences = new ArrayList<>();

    CompareDialog(FormModel model, Map<String, Object> theirs, Map<String, Object> yours, Locale locale) {
        setHeaderTitle(FormTexts.get(locale, "form.compare.title"));
        setId("compare-versions");
        ValueText text = new ValueText(locale);
        for (FieldDef field : model.entity().fields()) {
            if (yours.containsKey(field.name()) && !SaveValues.same(theirs.get(field.name()), yours.get(field.name()))) {
                differences.add(new Difference(field.labelOrName().in(locale), text.of(theirs.get(field.name())),
                        text.of(yours.get(field.name()))));
            }
        }
        Grid<Difference> grid = new Grid<>();
        grid.addColumn(Difference::field).setHeader(FormTexts.get(locale, "form.compare.field"));
        grid.addColumn(Difference::theirs).setHeader(FormTexts.get(locale, "form.compare.theirs"));
        grid.addColumn(Difference::yours).setHeader(FormTexts.get(locale, "form.compare.yours"));
        grid.setItems(differences);
        grid.setAllRowsVisible(true);
        grid.setMinWidth("36em");
        add(grid);
        getFooter().add(new Button(FormTexts.get(locale, "form.close"), click -> close()));
    }

    public List<Difference> getDifferences() {
        return List.copyOf(differences);
    }
}
