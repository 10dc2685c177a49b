package org.daftar.plugins.iban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugin.render.RendererRegistry;
import org.daftar.plugin.render.Testers;
import org.junit.jupiter.api.Test;

class IbanFieldRendererTest {

    private static final FieldDef SUPPLIER_IBAN = new FieldDef("f7", "supplier_iban", "iban",
            LocalizedText.of("Supplier IBAN", "آيبان المورد"), null, true, false, false, null,
            FieldSettings.NONE, SourceRef.NONE);
    private static final FieldDef NOTE = new FieldDef("f8", "note", "text", null, null, false, false,
            false, null, FieldSettings.NONE, SourceRef.NONE);
    private static final EntityDef SUPPLIER = new EntityDef("accounting", "supplier", "supplier", null,
            null, null, List.of(), List.of(), List.of(SUPPLIER_IBAN, NOTE), List.of(), Map.of(),
            SourceRef.NONE);

    /** The generic text field of the UI: any text value, plugin types included. */
    private static final FieldRenderer TEXT_FIELD = FieldRenderer.of(
            Testers.rankWith(RankedTester.GENERIC, Testers.or(Testers.isType("text"), Testers.isPluginType())),
            context -> new IbanField("not the IBAN renderer"));

    private final IbanFieldRenderer renderer = new IbanFieldRenderer();

    private static FieldContext contextOf(FieldDef field, Locale locale, boolean readOnly) {
        return new FieldContext(field, SUPPLIER, locale, readOnly);
    }

    @Test
    void ibanFieldsRankAboveTheGenericTextField() {
        FieldContext context = contextOf(SUPPLIER_IBAN, Locale.ENGLISH, false);

        assertThat(renderer.rank(context)).isEqualTo(RankedTester.TYPE_SPECIFIC)
                .isGreaterThan(TEXT_FIELD.rank(context));
    }

    @Test
    void otherFieldsAreNotApplicable() {
        assertThat(renderer.rank(contextOf(NOTE, Locale.ENGLISH, false))).isEqualTo(FieldRenderer.NOT_APPLICABLE);
    }

    @Test
    void theRegistryPicksTheIbanRendererOverTheTextField() {
        var registry = new RendererRegistry(List.of(TEXT_FIELD, renderer), TEXT_FIELD);

        assertThat(registry.rendererFor(contextOf(SUPPLIER_IBAN, Locale.ENGLISH, false))).isSameAs(renderer);
        assertThat(registry.rendererFor(contextOf(NOTE, Locale.ENGLISH, false))).isSameAs(TEXT_FIELD);
    }

    @Test
    void theFieldIsLabelledInTheUsersLanguage() {
        IbanField field = (IbanField) renderer.render(contextOf(SUPPLIER_IBAN, Locale.of("ar"), false));

        assertThat(field.getLabel()).isEqualTo("آيبان المورد");
        assertThat(field.isRequiredIndicatorVisible()).isTrue();
        assertThat(field.isReadOnly()).isFalse();
    }

    @Test
    void aReadOnlyContextGivesAReadOnlyField() {
        IbanField field = (IbanField) renderer.render(contextOf(SUPPLIER_IBAN, Locale.ENGLISH, true));

        assertThat(field.isReadOnly()).isTrue();
        assertThat(field.isRequiredIndicatorVisible()).isFalse();
    }
}
