package org.daftar.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.form.SectionDef;
import org.daftar.plugin.render.FieldContext;
import org.daftar.ui.data.Rights;
import org.daftar.ui.form.live.ReferencedValues;
import org.daftar.ui.form.render.FieldValues;
import org.daftar.ui.form.render.LinesEditor;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.form.render.RecordBound;

/**
 * The body of a form: its sections, each a responsive grid of fields in the form's order (which is
 * also the tab order), every field rendered by the registry. As the user types, computed fields are
 * computed and the form's rules re-evaluated (shown, required, read-only) over the current values.
 * Knows the record it was loaded with, so it can tell what changed and what a save must send.
 */
public class RecordEditor extends Composite<Div> {

    private final FormSupport support;
    private final FormModel model;
    private final Locale locale;
    private final Rights rights;
    private final ReferencedValues references;
    private final String user;
    private final Map<String, FieldSlot> slots = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private Map<String, Object> record;
    private Map<String, Object> baseline = Map.of();
    private boolean loading;
    private Runnable onChange = () -> {};
    private Runnable onEnter = () -> {};

    public RecordEditor(FormSupport support, FormModel model, Locale locale) {
        this.support = support;
        this.model = model;
        this.locale = locale;
        this.rights = support.gateway().rights(model.entityId());
        this.references = new ReferencedValues(support.gateway());
        this.user = support.gateway().user();
        getContent().addClassName("daftar-form");
        List<Component> enterSaves = new ArrayList<>();
        model.form().sections().forEach(section -> getContent().add(section(section, enterSaves)));
        if (!enterSaves.isEmpty()) {
            // One shortcut listening on every such field: a shortcut each would cost the server more per form.
            Shortcuts.addShortcutListener(this, () -> onEnter.run(), Key.ENTER).listenOn(enterSaves.toArray(Component[]::new));
        }
    }

    /** Runs {@code listener} whenever the user changes a value. */
    public void setOnChange(Runnable listener) {
        this.onChange = listener;
    }

    /** Runs {@code listener} when the user presses Enter in a field where Enter means nothing else ({@link EnterKey}). */
    public void setOnEnter(Runnable listener) {
        this.onEnter = listener;
    }

    /** Shows {@code saved} (as the record service returns it), or a new record with its defaults when {@code null}. */
    public void load(Map<String, Object> saved) {
        loading = true;
        try {
            record = saved;
            references.clear();
            values.clear();
            values.putAll(saved != null ? saved : support.live().defaults(model.table(), model.form(), references, user));
            Long id = id();
            slots.values().forEach(slot -> {
                slot.clearMessage();
                slot.show(values.get(slot.name()));
                if (slot.component() instanceof RecordBound bound) {
                    bound.bindRecord(id);
                }
                if (slot.component() instanceof LinesEditor lines) {
                    lines.clearMessages();
                }
            });
            slots.values().stream().filter(FieldSlot::editable).forEach(slot -> values.put(slot.name(), slot.value()));
        } finally {
            loading = false;
        }
        refresh();
        baseline = editableValues();
    }

    /** Puts the values the user entered back after the form was rebuilt (in another language). */
    void restore(Map<String, Object> entered) {
        loading = true;
        try {
            entered.forEach((name, value) -> slot(name).filter(FieldSlot::editable).ifPresent(slot -> {
                slot.show(value);
                values.put(name, slot.value());
            }));
        } finally {
            loading = false;
        }
        refresh();
    }

    /** The record as loaded or last saved, or {@code null} for a new one. */
    public Map<String, Object> record() {
        return record;
    }

    /** The id of the record shown, {@code null} while it is new. */
    public Long id() {
        return record != null && record.get("id") instanceof Number id ? id.longValue() : null;
    }

    /** The current values of every field, computed ones included. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The values the user can change, as they are now. */
    public Map<String, Object> editableValues() {
        Map<String, Object> current = new LinkedHashMap<>();
        slots.values().stream().filter(FieldSlot::editable).forEach(slot -> current.put(slot.name(), slot.value()));
        return current;
    }

    /** True when the user changed something since the record was loaded or saved. */
    public boolean isDirty() {
        Map<String, Object> current = editableValues();
        return current.entrySet().stream().anyMatch(e -> !SaveValues.same(baseline.get(e.getKey()), e.getValue()));
    }

    /** True when a field holds text that is not a value of its type (letters in a number). */
    public boolean hasUnreadableInput() {
        return slots.values().stream().anyMatch(slot -> slot.component() instanceof NumberInput number && number.isUnreadable());
    }

    /**
     * What a save must send: every value, empty ones included (so that a default the user cleared
     * stays cleared), for a new record; the changed values and the version they are based on, for a
     * saved one.
     */
    public Map<String, Object> changes() {
        Map<String, Object> changes = new LinkedHashMap<>();
        editableValues().forEach((name, value) -> {
            if (record == null || !SaveValues.same(baseline.get(name), value)) {
                changes.put(name, SaveValues.forSave(model.table(), name, value));
            }
        });
        if (record != null) {
            changes.put("version", record.get("version"));
        }
        return changes;
    }

    /**
     * Shows each message at its field (a line's at its cell); returns the messages no field on the
     * form can show, for the form to show above its fields.
     */
    public List<String> showMessages(List<FieldMessage> messages) {
        List<String> elsewhere = new ArrayList<>();
        for (FieldMessage message : messages) {
            String field = message.field() == null ? null : message.field();
            String owner = field != null && field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            Optional<FieldSlot> slot = owner == null ? Optional.empty() : slot(owner);
            if (slot.isPresent() && slot.get().component() instanceof LinesEditor lines && message.line() != null) {
                lines.showMessage(message.line(), field.substring(field.indexOf('.') + 1), message.message());
            } else if (slot.isPresent() && slot.get().canShowMessages()) {
                slot.get().showMessage(message.message());
            } else {
                elsewhere.add(message.message());
            }
        }
        return elsewhere;
    }

    /** Takes the messages of the last save away. */
    public void clearMessages() {
        slots.values().forEach(slot -> {
            slot.clearMessage();
            if (slot.component() instanceof LinesEditor lines) {
                lines.clearMessages();
            }
        });
    }

    /** Makes every field read-only (a deleted record), or lets the rules decide again. */
    public void setAllReadOnly(boolean readOnly) {
        slots.values().forEach(slot -> {
            if (slot.component() instanceof com.vaadin.flow.component.HasValue<?, ?> input) {
                input.setReadOnly(readOnly);
            }
        });
        if (!readOnly) {
            refresh();
        }
    }

    /** The component of the field {@code name}, if the form shows it to this user. */
    public Optional<Component> field(String name) {
        return slot(name).map(FieldSlot::component);
    }

    /** The language the form is shown in. */
    public Locale locale() {
        return locale;
    }

    public FormModel model() {
        return model;
    }

    private Optional<FieldSlot> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    private Component section(SectionDef section, List<Component> enterSaves) {
        Div box = new Div();
        box.addClassName("daftar-form-section");
        box.setId("section-" + section.id());
        if (section.label() != null) {
            box.add(new H3(section.label().in(locale)));
        }
        int columns = Math.max(1, Math.min(4, section.columns() != null ? section.columns() : model.form().columns()));
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", Math.min(2, columns)),
                new ResponsiveStep("56em", columns));
        for (FormFieldDef placed : section.fields()) {
            model.entity().field(placed.field()).filter(field -> rights.canSee(field.name()))
                    .ifPresent(field -> layout.add(field(placed, field, layout, columns, enterSaves)));
        }
        box.add(layout);
        return box;
    }

    private Component field(FormFieldDef placed, FieldDef field, FormLayout layout, int columns, List<Component> enterSaves) {
        boolean editable = !field.readOnly() && !field.isGenerated() && rights.canEdit(field.name());
        FieldDef shown = placed.help() == null ? field : new FieldDef(field.id(), field.name(), field.type(), field.label(),
                placed.help(), field.required(), field.unique(), field.readOnly(), field.defaultValue(), field.settings(), field.at());
        Component component = support.registry().render(new FieldContext(shown, model.entity(), locale, !editable));
        if (component instanceof LinesEditor lines) {
            lines.setVisibleColumns(placed.columns());
        }
        boolean wide = field.is(FieldType.LINES) || field.is(FieldType.LONG_TEXT);
        layout.setColspan(component, placed.colspan() != null ? Math.min(placed.colspan(), columns) : wide ? columns : 1);
        FieldSlot slot = new FieldSlot(placed, field, component, editable);
        slots.put(field.name(), slot);
        if (component instanceof com.vaadin.flow.component.HasValue<?, ?> input) {
            FieldValues.onChange(input, value -> changed(slot));
        }
        if (EnterKey.saves(component)) {
            enterSaves.add(component);
        }
        return component;
    }

    private void changed(FieldSlot slot) {
        if (loading) {
            return;
        }
        values.put(slot.name(), slot.value());
        refresh();
        onChange.run();
    }

    /** Computes the computed fields and applies the rules, over the current values. */
    private void refresh() {
        loading = true;
        try {
            support.live().compute(model.table(), values, references, user);
            slots.values().stream().filter(slot -> slot.field().is(FieldType.COMPUTED))
                    .forEach(slot -> slot.show(values.get(slot.name())));
            ValueScope scope = support.live().scope(model.table(), values, references, user);
            slots.values().forEach(slot -> slot.apply(slot.rules().evaluate(scope, support.live().clock())));
        } finally {
            loading = false;
        }
    }
}
