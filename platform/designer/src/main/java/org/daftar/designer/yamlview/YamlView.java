package org.daftar.designer.yamlview;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.model.load.Problem;

/**
 * A file's YAML, editable, with the file's problems under it as "line L, column C: message";
 * clicking one puts the caret at that line and column. The text is saved to the draft when the
 * admin leaves the editor (or presses Ctrl+Enter); the problems are those of the whole draft's
 * check that fall in this file.
 */
public class YamlView extends Composite<VerticalLayout> {

    private final DesignerTexts texts;
    private final TextArea text = new TextArea();
    private final Div problems = new Div();
    private int caret = -1;

    public YamlView(DesignerTexts texts, String yaml, Consumer<String> onChange) {
        this.texts = texts;
        setId("yaml-view");
        text.setId("yaml-text");
        text.setWidthFull();
        text.setMinHeight("24em");
        text.getStyle().set("font-family", "monospace");
        text.getElement().setAttribute("dir", "ltr");
        text.setValue(yaml);
        text.addValueChangeListener(event -> onChange.accept(event.getValue()));
        problems.setId("yaml-problems");
        getContent().setPadding(false);
        getContent().add(text, problems);
    }

    public TextArea textArea() {
        return text;
    }

    /** Shows {@code yaml} without saving it (the draft already has it). */
    public void show(String yaml) {
        if (!text.getValue().equals(yaml)) {
            text.setValue(yaml);
        }
    }

    /** Lists {@code found}, the problems of this file, under the text. */
    public void showProblems(List<Problem> found) {
        problems.removeAll();
        for (Problem problem : found) {
            Button line = new Button(texts.get("yaml.problem", problem.line(), problem.column(), problem.message()),
                    click -> moveCaret(problem.line(), problem.column()));
            line.addClassName("yaml-problem");
            line.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.getStyle().set("text-align", "start").set("white-space", "normal").set("height", "auto");
            problems.add(line);
        }
    }

    /** The problems shown, as their texts. */
    public List<String> problemTexts() {
        return problems.getChildren().map(child -> ((Button) child).getText()).toList();
    }

    /** Puts the caret at {@code line} and {@code column} (from 1) of the text. */
    public void moveCaret(int line, int column) {
        caret = offset(text.getValue(), line, column);
        text.getElement().executeJs("const input = this.inputElement; input.focus(); input.setSelectionRange($0, $0);", caret);
    }

    /** Where the caret was last put, as an offset in the text; -1 before any. */
    public int caret() {
        return caret;
    }

    /** The offset of {@code line}:{@code column} in {@code value}, within its bounds. */
    static int offset(String value, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = value.indexOf('\n', offset);
            if (next < 0) {
                return value.length();
            }
            offset = next + 1;
        }
        int end = value.indexOf('\n', offset);
        int lineEnd = end < 0 ? value.length() : end;
        return Math.min(offset + Math.max(0, column - 1), lineEnd);
    }
}
