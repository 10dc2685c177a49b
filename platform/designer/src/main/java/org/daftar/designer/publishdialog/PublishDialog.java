package org.daftar.designer.publishdialog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.daftar.data.migration.Plan;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * Asks before a publish, a rollback or an import: shows the {@link PlanView} of the files, a comment
 * field, and "Publish" (disabled while the files have problems or a step is refused). {@code done}
 * gets the outcome (the page shows its message); the dialog closes once published, and stays open
 * with the message when nothing was published.
 */
public class PublishDialog extends Dialog {

    private final Button publish = new Button();
    private final TextField comment = new TextField();
    private final Paragraph outcome = new Paragraph();
    private final PlanView plan;

    /**
     * @param check the check of the files
     * @param plan their plan (null when the check has problems)
     * @param action publishes with the comment given
     */
    public PublishDialog(DesignerTexts texts, String title, LoadResult check, Plan plan, boolean asksComment,
            Function<String, PublishOutcome> action, Consumer<PublishOutcome> done) {
        setId("publish-dialog");
        setHeaderTitle(title);
        getElement().setAttribute("dir", texts.direction());
        this.plan = new PlanView(texts, check, plan);
        comment.setId("publish-comment");
        comment.setLabel(texts.get("publish.comment"));
        comment.setWidthFull();
        comment.setVisible(asksComment);
        outcome.setId("publish-outcome");
        add(this.plan, comment, outcome);
        publish.setText(texts.get("publish.confirm"));
        publish.setId("publish-confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(this.plan.canPublish());
        publish.addClickListener(click -> {
            PublishOutcome result = action.apply(comment.getValue());
            outcome.setText(result.message());
            done.accept(result);
            if (result.published() || result.status() == PublishOutcome.Status.UNCHANGED) {
                publish.setEnabled(false);
                close();
            }
        });
        Button close = new Button(texts.get("publish.close"), click -> close());
        close.setId("publish-close");
        getFooter().add(close, publish);
    }

    /** The files' check and plan, for a dialog of {@code files}. */
    public static Plan planOrNull(LoadResult check, Function<List<DefinitionSource>, Plan> planner, List<DefinitionSource> files) {
        return check.ok() ? planner.apply(files) : null;
    }

    public Button publishButton() {
        return publish;
    }

    public TextField comment() {
        return comment;
    }

    public PlanView plan() {
        return plan;
    }

    /** The outcome's message, once published. */
    public String outcome() {
        return outcome.getText();
    }
}
