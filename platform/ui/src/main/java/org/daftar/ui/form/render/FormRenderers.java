package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.model.entity.FieldType;
import org.daftar.plugin.Plugins;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugin.render.RendererRegistry;
import org.daftar.plugin.render.Testers;
import org.daftar.ui.form.live.ReferencedValues;

/**
 * The built-in renderers, one per built-in field type, each ranked
 * {@link RankedTester#TYPE_SPECIFIC} for its type, and the registry that puts them before the
 * plugins' renderers with the {@link UnknownFieldRenderer} as the fallback.
 *
 * <pre>{@code
 * RendererRegistry registry = FormRenderers.registry(services, plugins);
 * Component price = registry.render(new FieldContext(priceField, product, Locale.of("ar"), false));
 * }</pre>
 */
public final class FormRenderers {

    private FormRenderers() {}

    /** The built-in renderers, then every plugin's, then the unknown-field fallback. */
    public static RendererRegistry registry(RenderServices services, Plugins plugins) {
        return new RendererRegistry(Stream.concat(builtIn(services).stream(), plugins.renderers().stream()).toList(),
                new UnknownFieldRenderer());
    }

    /** One renderer for each built-in field type, in the order of {@link FieldType}. */
    public static List<FieldRenderer> builtIn(RenderServices services) {
        List<FieldRenderer> renderers = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            renderers.add(typed(type, factory(type, services)));
        }
        return List.copyOf(renderers);
    }

    /** The tester of the built-in renderer of {@code type}: a plugin beats it by ranking higher. */
    public static RankedTester testerFor(FieldType type) {
        return Testers.rankWith(RankedTester.TYPE_SPECIFIC, Testers.isType(type));
    }

    private static FieldRenderer typed(FieldType type, Function<FieldContext, Component> factory) {
        return FieldRenderer.of(testerFor(type), context -> Decorations.apply(context, factory.apply(context)));
    }

    private static Function<FieldContext, Component> factory(FieldType type, RenderServices services) {
        return switch (type) {
            case TEXT -> TextInputs::text;
            case LONG_TEXT -> TextInputs::longText;
            case EMAIL -> TextInputs::email;
            case PHONE -> TextInputs::phone;
            case URL -> TextInputs::url;
            case INTEGER -> context -> new NumberInput(true, null, context.locale());
            case DECIMAL -> context -> new NumberInput(false, scale(context), context.locale());
            case MONEY -> FormRenderers::money;
            case PERCENT -> context -> new NumberInput(false, scale(context), context.locale()).withSuffix("%");
            case DATE -> FormRenderers::date;
            case DATE_TIME -> context -> new MomentPicker(context.locale(), services.clock().getZone());
            case TIME -> FormRenderers::time;
            case BOOLEAN -> context -> new Checkbox();
            case CHOICE -> FormRenderers::choice;
            case REFERENCE -> context -> reference(context, services);
            case USER -> context -> user(services);
            case LINES -> context -> lines(context, services);
            case ATTACHMENT -> context -> new AttachmentInput(services.gateway(), context.entity().qualifiedId(),
                    context.field(), context.locale());
            case AUTO_NUMBER -> FormRenderers::autoNumber;
            case COMPUTED -> context -> new ValueDisplay(context.locale(), scale(context));
        };
    }

    private static Integer scale(FieldContext context) {
        FieldSettings settings = context.field().settings();
        return settings.scale() != null ? settings.scale() : 2;
    }

    private static Component money(FieldContext context) {
        NumberInput input = new NumberInput(false, scale(context), context.locale());
        String currency = context.field().settings().currency();
        return currency == null ? input : input.withSuffix(currency);
    }

    private static Component date(FieldContext context) {
        DatePicker picker = new DatePicker();
        picker.setLocale(context.locale());
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static Component time(FieldContext context) {
        TimePicker picker = new TimePicker();
        picker.setLocale(context.locale());
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static Component choice(FieldContext context) {
        List<ChoiceOption> options = context.field().settings().options();
        Function<String, String> label = value -> options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label() == null ? o.value() : o.label().in(context.locale())).orElse(value);
        List<String> values = options.stream().map(ChoiceOption::value).toList();
        if (context.field().settings().multiple()) {
            return new ChoiceSet(values, label);
        }
        return new ChoiceBox(context.field().settings(), context.locale(), values, label);
    }

    private static Component reference(FieldContext context, RenderServices services) {
        EntityDef target = services.definitions().entity(context.entity().appId(), context.field().settings().entity())
                .orElseThrow(() -> new IllegalStateException("The reference " + context.entity().qualifiedId() + "."
                        + context.field().name() + " points to no entity"));
        ReferenceLookup lookup = new ReferenceLookup(services.gateway(), target,
                services.catalog().displayTemplate(target.qualifiedId()).orElse(null));
        ReferenceBox box = new ReferenceBox(lookup);
        if (!context.readOnly() && services.gateway().rights(target.qualifiedId()).create()) {
            box.withCreateNew(services.creator(), context.locale());
        }
        return box;
    }

    private static Component user(RenderServices services) {
        return new ChoiceBox(List.of(services.gateway().user()), Function.identity()).allowingOtherValues();
    }

    private static Component lines(FieldContext context, RenderServices services) {
        EntityDef lineEntity = services.definitions().entity(context.entity().appId(), context.field().settings().entity())
                .orElseThrow(() -> new IllegalStateException("The lines " + context.entity().qualifiedId() + "."
                        + context.field().name() + " name no entity"));
        var table = services.live().table(lineEntity.qualifiedId());
        ReferencedValues references = new ReferencedValues(services.gateway());
        String user = services.gateway().user();
        LinesEditor.LineComputer computer = line -> services.live().compute(table, line, references, user);
        List<FieldDef> columns = lineEntity.fields().stream().filter(f -> !f.is(FieldType.LINES)).toList();
        LinesEditor editor = new LinesEditor(lineEntity, columns, services.registry().get(), computer, context.locale());
        editor.setNewLineValues(() -> services.live().defaults(table, null, references, user));
        editor.setCellText(LineCellTexts.of(lineEntity, columns, context.locale(), services));
        return editor;
    }

    private static Component autoNumber(FieldContext context) {
        TextField number = new TextField();
        number.setReadOnly(true);
        number.setPlaceholder(FormTexts.get(context.locale(), "form.autoNumber.pending"));
        return number;
    }

}
