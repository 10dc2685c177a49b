package org.daftar.plugin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.plugin.Definitions.entity;
import static org.daftar.plugin.Definitions.field;
import static org.daftar.plugin.Definitions.labelledField;
import static org.daftar.plugin.render.Testers.isPluginType;
import static org.daftar.plugin.render.Testers.isType;
import static org.daftar.plugin.render.Testers.rankWith;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.FieldDef;
import org.junit.jupiter.api.Test;

class RendererRegistryTest {

    private static final FieldRenderer UNKNOWN =
            FieldRenderer.of(context -> 99, context -> new Span("unknown " + context.type()));
    private static final FieldRenderer TEXT_FIELD = FieldRenderer.of(
            rankWith(RankedTester.GENERIC, Testers.or(isType("text"), isPluginType())),
            context -> new Span("text field"));
    private static final FieldRenderer DATE_PICKER = FieldRenderer.of(
            rankWith(RankedTester.TYPE_SPECIFIC, isType("date")), context -> new Span("date picker"));

    private static FieldContext contextOf(FieldDef field) {
        return new FieldContext(field, entity("accounting", "payment", field), Locale.ENGLISH, false);
    }

    private static String rendered(RendererRegistry registry, FieldDef field) {
        return ((Span) registry.render(contextOf(field))).text();
    }

    @Test
    void theRendererThatAppliesIsChosen() {
        var registry = new RendererRegistry(List.of(TEXT_FIELD, DATE_PICKER), UNKNOWN);

        assertThat(rendered(registry, field("paid_on", "date"))).isEqualTo("date picker");
        assertThat(rendered(registry, field("note", "text"))).isEqualTo("text field");
    }

    @Test
    void higherRankedRendererWinsOverBuiltIn() {
        FieldRenderer iban = FieldRenderer.of(
                rankWith(RankedTester.TYPE_SPECIFIC, isType("iban")), context -> new Span("iban field"));
        var registry = new RendererRegistry(List.of(TEXT_FIELD, DATE_PICKER, iban), UNKNOWN);

        assertThat(rendered(registry, field("supplier_iban", "iban"))).isEqualTo("iban field");
    }

    @Test
    void aPluginTypeWithoutItsOwnRendererGetsTheGenericOne() {
        var registry = new RendererRegistry(List.of(TEXT_FIELD, DATE_PICKER), UNKNOWN);

        assertThat(rendered(registry, field("supplier_iban", "iban"))).isEqualTo("text field");
    }

    @Test
    void unknownFieldRendererIsTheFallback() {
        var registry = new RendererRegistry(List.of(DATE_PICKER), UNKNOWN);

        assertThat(registry.rendererFor(contextOf(field("note", "text")))).isSameAs(UNKNOWN);
        assertThat(rendered(registry, field("note", "text"))).isEqualTo("unknown text");
    }

    @Test
    void unknownFieldRendererIsTheFallbackOfAnEmptyRegistry() {
        var registry = new RendererRegistry(List.of(), UNKNOWN);

        assertThat(rendered(registry, field("paid_on", "date"))).isEqualTo("unknown date");
    }

    @Test
    void theRankOfTheUnknownFieldRendererIsNeverAsked() {
        var asked = new AtomicInteger();
        FieldRenderer unknown = FieldRenderer.of(
                context -> asked.incrementAndGet(), context -> new Span("unknown"));
        var registry = new RendererRegistry(List.of(DATE_PICKER), unknown);

        assertThat(registry.rendererFor(contextOf(field("paid_on", "date")))).isSameAs(DATE_PICKER);
        assertThat(registry.rendererFor(contextOf(field("note", "text")))).isSameAs(unknown);
        assertThat(asked).hasValue(0);
    }

    @Test
    void onATieTheRendererListedFirstWins() {
        FieldRenderer pluginDatePicker = FieldRenderer.of(
                rankWith(RankedTester.TYPE_SPECIFIC, isType("date")), context -> new Span("plugin"));
        var registry = new RendererRegistry(List.of(DATE_PICKER, pluginDatePicker), UNKNOWN);

        assertThat(rendered(registry, field("paid_on", "date"))).isEqualTo("date picker");
    }

    @Test
    void aRendererRankedZeroStillBeatsTheFallback() {
        FieldRenderer anything = FieldRenderer.of(rankWith(0, context -> true), context -> new Span("any"));
        var registry = new RendererRegistry(List.of(anything), UNKNOWN);

        assertThat(rendered(registry, field("paid_on", "date"))).isEqualTo("any");
    }

    @Test
    void onlyTheWinnerRenders() {
        var rendered = new AtomicInteger();
        FieldRenderer counting = FieldRenderer.of(rankWith(1, isType("date")), context -> {
            rendered.incrementAndGet();
            return new Span("counted");
        });
        var registry = new RendererRegistry(List.of(counting, DATE_PICKER), UNKNOWN);

        assertThat(rendered(registry, field("paid_on", "date"))).isEqualTo("date picker");
        assertThat(rendered).hasValue(0);
    }

    @Test
    void aRendererReadsTheLabelInTheUsersLanguage() {
        FieldRenderer labelled = FieldRenderer.of(rankWith(1, isType("iban")),
                context -> new Span(context.label()));
        var registry = new RendererRegistry(List.of(labelled), UNKNOWN);
        FieldDef iban = labelledField("supplier_iban", "iban", LocalizedText.of("IBAN", "الآيبان"));

        Span arabic = (Span) registry.render(
                new FieldContext(iban, entity("accounting", "payment", iban), Locale.of("ar"), false));

        assertThat(arabic.text()).isEqualTo("الآيبان");
    }
}
