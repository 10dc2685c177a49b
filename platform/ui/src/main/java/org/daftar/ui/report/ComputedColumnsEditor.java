package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The computed columns of the report being built: a name and an expression over the row's columns
 * ({@code margin = total - cost}), added as chips. A name is lower case letters, digits and
 * underscores, starting with a letter.
 */
final class ComputedColumnsEditor extends Composite<VerticalLayout> {

    private final ReportDraft draft;
    private final Runnable changed;
    private final TextField as = new TextField();
    private final TextField expression = new TextField();
    private final RemovableChips chips;

    /**
     * @param changed called after a computed column was added or removed
     */
    ComputedColumnsEditor(ReportDraft draft, Runnable changed) {
        this.draft = draft;
        this.changed = changed;
        this.chips = new RemovableChips("computed-chips", changed);
        as.setLabel(getTranslation("report.builder.computedName"));
        as.setId("computed-name");
        expression.setLabel(getTranslation("report.builder.computedExpression"));
        expression.setId("computed-expression");
        expression.getElement().setAttribute("dir", "ltr");
        Button add = new Button(getTranslation("report.builder.add"), e -> add());
        add.setId("computed-add");
        showChips();
        getContent().add(new InputRow(as, expression, add), chips);
    }

    private void add() {
        if (as.getValue().matches("[a-z][a-z0-9_]{0,62}") && !expression.getValue().isBlank()) {
            draft.compute(as.getValue(), expression.getValue());
            as.clear();
            expression.clear();
            as.setInvalid(false);
            showChips();
            changed.run();
        } else {
            as.setErrorMessage(getTranslation("report.builder.computedNameHelp"));
            as.setInvalid(true);
        }
    }

    private void showChips() {
        chips.show(draft.computed(), c -> c.as() + " = " + c.expression().text(), draft::removeComputed);
    }
}
