package org.daftar.designer.screen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.daftar.designer.editor.AppLookup;
import org.daftar.designer.editor.EditorContext;
import org.daftar.designer.editor.StructuredEditors;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.preview.FormPreview;
import org.daftar.designer.preview.ListPreview;
import org.daftar.designer.session.DesignerSession;
import org.daftar.designer.yaml.Nodes;
import org.daftar.designer.yaml.YamlDocument;
import org.daftar.designer.yamlview.YamlView;
import org.daftar.model.load.LoadResult;
import org.daftar.model.load.Problem;
import org.daftar.plugin.Plugins;

/**
 * One file of the draft in two views that stay in step — the structured editor of its kind and the
 * YAML view — both saving to the draft; switching view reads the draft's text again, and a text that
 * does not parse leaves the structured view closed with the reason. Beside them, the live preview
 * of a form or list, and after every change the draft is checked again.
 */
public class FileEditorPanel extends Composite<VerticalLayout> {

    private final DesignerSession session;
    private final SessionDraft draft;
    private final DesignerTexts texts;
    private final Plugins plugins;
    private final Runnable onChange;
    private final String location;
    private final Tab structuredTab = new Tab();
    private final Tab yamlTab = new Tab();
    private final Tabs tabs = new Tabs(structuredTab, yamlTab);
    private final Div body = new Div();
    private final Div preview = new Div();
    private YamlView yaml;
    private Component structured;
    private LoadResult check;

    FileEditorPanel(DesignerSession session, SessionDraft draft, String location, DesignerTexts texts, Plugins plugins,
            Runnable onChange) {
        this.session = session;
        this.draft = draft;
        this.location = location;
        this.texts = texts;
        this.plugins = plugins;
        this.onChange = onChange;
        setId("file-editor");
        structuredTab.setLabel(texts.get("file.structured"));
        structuredTab.setId("tab-structured");
        yamlTab.setLabel(texts.get("file.yaml"));
        yamlTab.setId("tab-yaml");
        tabs.addSelectedChangeListener(event -> show());
        body.setId("file-body");
        body.setWidthFull();
        preview.setId("preview");
        getContent().setPadding(false);
        getContent().add(new H3(location), tabs, body, preview);
        show();
        checkAgain();
    }

    public String location() {
        return location;
    }

    /** Shows the structured view. */
    public void showStructured() {
        tabs.setSelectedTab(structuredTab);
    }

    /** Shows the YAML view. */
    public void showYaml() {
        tabs.setSelectedTab(yamlTab);
    }

    /** The YAML view, while it is shown. */
    public Optional<YamlView> yamlView() {
        return Optional.ofNullable(tabs.getSelectedTab() == yamlTab ? yaml : null);
    }

    /** The structured editor, while it is shown and the text parses. */
    public Optional<Component> structuredEditor() {
        return Optional.ofNullable(tabs.getSelectedTab() == structuredTab ? structured : null);
    }

    /** The last check of the draft. */
    public LoadResult check() {
        return check;
    }

    private void show() {
        body.removeAll();
        yaml = null;
        structured = null;
        String text = draft.text(location).orElse("");
        if (tabs.getSelectedTab() == yamlTab) {
            yaml = new YamlView(texts, text, changed -> {
                draft.writeText(location, changed);
                checkAgain();
            });
            body.add(yaml);
            showProblems();
            return;
        }
        YamlDocument.Parsed parsed = YamlDocument.parse(text);
        if (!parsed.ok()) {
            Paragraph closed = new Paragraph(texts.get("file.doesNotParse", parsed.line(), parsed.column(), parsed.problem()));
            closed.setId("structured-unavailable");
            body.add(closed);
            return;
        }
        structured = StructuredEditors.of(new EditorContext(location, parsed.document(), texts, new AppLookup(draft), this::checkAgain));
        body.add(structured);
    }

    /** Checks the draft again, then shows this file's problems and the preview. */
    private void checkAgain() {
        check = session.check(draft.snapshot().allFiles());
        showProblems();
        showPreview();
        onChange.run();
    }

    private void showProblems() {
        if (yaml != null && check != null) {
            List<Problem> mine = check.problems().stream().filter(problem -> problem.location().equals(location)).toList();
            yaml.showProblems(mine);
        }
    }

    private void showPreview() {
        preview.removeAll();
        Optional<tools.jackson.databind.node.ObjectNode> tree = draft.tree(location);
        String kind = tree.map(t -> Nodes.text(t, "kind")).orElse("");
        if (!kind.equals("form") && !kind.equals("list")) {
            return;
        }
        String id = Nodes.text(tree.get(), "id");
        Locale locale = texts.language().locale();
        try {
            Optional<? extends Component> shown = kind.equals("form")
                    ? FormPreview.of(check.definitions(), draft.app(), id, plugins, session.user(), locale)
                    : ListPreview.of(check.definitions(), draft.app(), id, locale);
            if (shown.isPresent()) {
                preview.add(new H3(texts.get("file.preview")), shown.get());
                return;
            }
        } catch (RuntimeException e) {
            // a draft with problems may not render: say so instead of failing the editor
        }
        Paragraph none = new Paragraph(texts.get("file.noPreview"));
        none.setId("preview-unavailable");
        preview.add(none);
    }
}
