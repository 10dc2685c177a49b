package org.daftar.designer.versions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.Release;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.session.DesignerSession;
import org.daftar.model.load.LoadResult;

/**
 * Every published version (number, who, when, comment, origin). Select two and "Compare" shows how
 * the app's files differ from the older to the newer; select one and "Roll back" shows its plan
 * first, then publishes it again as a new version.
 */
public class VersionsDialog extends Dialog {

    private final DesignerSession session;
    private final DesignerTexts texts;
    private final String app;
    private final Consumer<PublishOutcome> rolledBack;
    private final Grid<Release> releases = new Grid<>();
    private final Button compare = new Button();
    private final Button rollback = new Button();
    private final Div diff = new Div();
    private List<FileDiff.FileChange> changes = List.of();

    public VersionsDialog(DesignerSession session, DesignerTexts texts, String app, Consumer<PublishOutcome> rolledBack) {
        this.session = session;
        this.texts = texts;
        this.app = app;
        this.rolledBack = rolledBack;
        setId("versions-dialog");
        setHeaderTitle(texts.get("versions.title"));
        setWidth("70em");
        getElement().setAttribute("dir", texts.direction());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(texts.language().locale())
                .withZone(ZoneId.systemDefault());
        releases.setId("versions");
        releases.setSelectionMode(Grid.SelectionMode.MULTI);
        releases.addColumn(Release::number).setHeader(texts.get("versions.number")).setAutoWidth(true);
        releases.addColumn(Release::publishedBy).setHeader(texts.get("versions.by"));
        releases.addColumn(release -> when.format(release.publishedAt())).setHeader(texts.get("versions.when"));
        releases.addColumn(Release::comment).setHeader(texts.get("versions.comment"));
        releases.addColumn(Release::origin).setHeader(texts.get("versions.origin"));
        releases.setItems(session.releases());
        releases.asMultiSelect().addValueChangeListener(event -> enableActions());
        compare.setText(texts.get("versions.compare"));
        compare.setId("versions-compare");
        compare.addClickListener(click -> compareSelected());
        rollback.setText(texts.get("versions.rollback"));
        rollback.setId("versions-rollback");
        rollback.addClickListener(click -> rollbackSelected());
        diff.setId("versions-diff");
        enableActions();
        add(releases, new HorizontalLayout(compare, rollback), diff);
        getFooter().add(new Button(texts.get("publish.close"), click -> close()));
    }

    public Grid<Release> releases() {
        return releases;
    }

    public Button compareButton() {
        return compare;
    }

    public Button rollbackButton() {
        return rollback;
    }

    /** The differences last compared. */
    public List<FileDiff.FileChange> changes() {
        return changes;
    }

    private void enableActions() {
        int selected = releases.getSelectedItems().size();
        compare.setEnabled(selected == 2);
        rollback.setEnabled(selected == 1);
    }

    private void compareSelected() {
        List<Release> two = releases.getSelectedItems().stream().sorted(Comparator.comparingLong(Release::number)).toList();
        if (two.size() != 2) {
            return;
        }
        changes = FileDiff.of(session.files(two.get(0).number()), session.files(two.get(1).number()), app + "/");
        diff.removeAll();
        diff.add(new H4(texts.get("versions.diffTitle", two.get(0).number(), two.get(1).number())));
        if (changes.isEmpty()) {
            diff.add(new Div(texts.get("versions.same")));
        }
        for (FileDiff.FileChange change : changes) {
            H4 title = new H4(texts.get("versions.change." + change.change().name().toLowerCase(java.util.Locale.ROOT), change.location()));
            Pre lines = new Pre(change.lines().stream().map(LineDiff.Line::toString).collect(Collectors.joining("\n")));
            lines.getElement().setAttribute("dir", "ltr");
            diff.add(title, lines);
        }
    }

    private void rollbackSelected() {
        Release release = releases.getSelectedItems().stream().findFirst().orElse(null);
        if (release == null) {
            return;
        }
        long number = release.number();
        var files = session.files(number);
        LoadResult check = session.check(files);
        PublishDialog confirm = new PublishDialog(texts, texts.get("versions.rollbackTitle", number), check,
                check.ok() ? session.rollbackPlan(number) : null, false, comment -> session.rollback(number), outcome -> {
                    releases.setItems(session.releases());
                    rolledBack.accept(outcome);
                });
        confirm.open();
    }
}
