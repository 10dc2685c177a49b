package org.daftar.designer.publishdialog;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.Plan;
import org.daftar.data.migration.PlannedStep;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.model.load.LoadResult;
import org.daftar.model.load.Problem;

/**
 * What a publish would do, for people: the check's problems ({@code file:line:column: message}) when
 * the files have any, otherwise the plan's steps in words, each refused step highlighted with why and
 * how to proceed — in the admin's language, as the rest of the dialog. Tells whether publishing may go
 * ahead ({@link #canPublish}).
 */
public class PlanView extends Composite<Div> {

    private final boolean canPublish;
    private final List<String> lines;

    public PlanView(DesignerTexts texts, LoadResult check, Plan plan) {
        setId("plan-view");
        Locale locale = texts.language().locale();
        List<String> shown = new ArrayList<>();
        if (!check.ok()) {
            Paragraph intro = new Paragraph(texts.get("publish.problems", check.problems().size()));
            intro.setId("plan-problems-title");
            OrderedList items = new OrderedList();
            items.setId("plan-problems");
            for (Problem problem : check.problems()) {
                items.add(new ListItem(problem.toString()));
                shown.add(problem.toString());
            }
            getContent().add(intro, items);
            canPublish = false;
        } else if (plan.isEmpty()) {
            Paragraph nothing = new Paragraph(texts.get("publish.noTableChange"));
            nothing.setId("plan-empty");
            getContent().add(nothing);
            canPublish = true;
        } else {
            OrderedList steps = new OrderedList();
            steps.setId("plan-steps");
            for (PlannedStep step : plan.steps()) {
                String words = step.step().words(locale);
                ListItem item = new ListItem(new Span(words));
                shown.add(words);
                step.refusal(locale).ifPresent(refusal -> {
                    item.addClassName("plan-refused");
                    item.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                    String why = texts.get("publish.refused", refusal.reason());
                    Div reason = new Div(why);
                    reason.addClassName("plan-refusal");
                    item.add(reason);
                    shown.add(why);
                });
                steps.add(item);
            }
            Paragraph intro = new Paragraph(plan.isSafe() ? texts.get("publish.steps", plan.steps().size())
                    : texts.get("publish.stepsRefused", plan.refused().size()));
            intro.setId("plan-title");
            getContent().add(intro, steps);
            canPublish = plan.isSafe();
        }
        this.lines = List.copyOf(shown);
    }

    /** False when the files have problems or a step is refused. */
    public boolean canPublish() {
        return canPublish;
    }

    /** The problems, or each step's words followed by its refusal when refused. */
    public List<String> lines() {
        return lines;
    }
}
