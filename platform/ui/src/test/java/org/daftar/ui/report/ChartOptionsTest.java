package org.daftar.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.daftar.model.SourceRef;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.query.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ECharts options of each kind of chart, built from a grouped result. */
class ChartOptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Result SALES = new Result(List.of("month", "region", "revenue", "orders"), List.of(
            row(LocalDate.of(2025, 1, 1), "central", new BigDecimal("100.50"), 2L),
            row(LocalDate.of(2025, 1, 1), "west", new BigDecimal("40"), 1L),
            row(LocalDate.of(2025, 2, 1), "central", new BigDecimal("60"), 3L),
            row(LocalDate.of(2025, 2, 1), null, new BigDecimal("5"), 1L)), List.of());
    private static final CellText REGIONS = new CellText(Map.of("region", Map.of("central", "Central", "west", "West")));

    private final ChartOptions english = new ChartOptions(column -> "L:" + column, REGIONS, false);

    @Test
    void barsHaveTheFirstGroupAlongTheAxisAndOneSeriesPerValueOfTheSecond() {
        JsonNode option = option(english, chart(ChartType.BAR, "month", "region", "revenue"));

        assertThat(texts(option.get("xAxis").get("data"))).containsExactly("2025-01-01", "2025-02-01");
        assertThat(option.get("xAxis").get("name").asString()).isEqualTo("L:month");
        assertThat(texts(option.get("series"), "name")).containsExactly("Central", "West", "—");
        JsonNode central = option.get("series").get(0);
        assertThat(central.get("type").asString()).isEqualTo("bar");
        assertThat(central.get("data").get(0).decimalValue()).isEqualByComparingTo("100.50");
        assertThat(central.get("data").get(1).decimalValue()).isEqualByComparingTo("60");
        assertThat(option.get("series").get(1).get("data").get(1).isNull()).isTrue();
        assertThat(central.has("stack")).isFalse();
    }

    @Test
    void stackedBarsAndAreasStack() {
        assertThat(option(english, chart(ChartType.STACKED_BAR, "month", "region", "revenue")).get("series").get(0)
                .get("stack").asString()).isEqualTo("total");
        JsonNode area = option(english, chart(ChartType.AREA, "month", "region", "revenue")).get("series").get(0);
        assertThat(area.get("type").asString()).isEqualTo("line");
        assertThat(area.has("areaStyle")).isTrue();
    }

    @Test
    void aLineWithoutSeriesHasOneLinePerMeasureAddingUpEqualCategories() {
        ChartDef line = new ChartDef(ChartType.LINE, "month", List.of("revenue", "orders"), null, SourceRef.NONE);
        JsonNode option = option(english, line);

        assertThat(texts(option.get("series"), "name")).containsExactly("L:revenue", "L:orders");
        assertThat(option.get("series").get(0).get("type").asString()).isEqualTo("line");
        assertThat(option.get("series").get(1).get("data").get(0).asLong()).isEqualTo(3);
        assertThat(option.get("series").get(1).get("data").get(1).asLong()).isEqualTo(4);
    }

    @Test
    void aPieHasOneSlicePerRowNamedInTheUsersLanguage() {
        Result byRegion = new Result(List.of("region", "revenue"), List.of(row("central", new BigDecimal("160.5")),
                row("west", new BigDecimal("40"))), List.of());
        JsonNode series = option(english, new ChartDef(ChartType.PIE, "region", List.of("revenue"), null, SourceRef.NONE))
                .get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("pie");
        JsonNode slices = JSON.readTree(english.of(new ChartDef(ChartType.PIE, "region", List.of("revenue"), null,
                SourceRef.NONE), byRegion)).get("series").get(0).get("data");
        assertThat(texts(slices, "name")).containsExactly("Central", "West");
        assertThat(slices.get(0).get("value").decimalValue()).isEqualByComparingTo("160.5");
    }

    @Test
    void aNumberTileShowsTheFirstValueOfItsMeasure() {
        Result total = new Result(List.of("revenue"), List.of(row(new BigDecimal("1234.50"))), List.of());
        JsonNode title = JSON.readTree(english.of(new ChartDef(ChartType.NUMBER, null, List.of("revenue"), null,
                SourceRef.NONE), total)).get("title");
        assertThat(title.get("text").asString()).isEqualTo("1234.50");
        assertThat(title.get("subtext").asString()).isEqualTo("L:revenue");
    }

    @Test
    void rightToLeftMirrorsAxisAndLegend() {
        ChartOptions arabic = new ChartOptions(column -> column, REGIONS, true);
        JsonNode option = option(arabic, chart(ChartType.BAR, "month", "region", "revenue"));

        assertThat(option.get("xAxis").get("inverse").asBoolean()).isTrue();
        assertThat(option.get("yAxis").get("position").asString()).isEqualTo("right");
        assertThat(option.get("legend").has("right")).isTrue();
        assertThat(option.get("textStyle").get("fontFamily").asString()).contains("Arabic");
        assertThat(option(english, chart(ChartType.BAR, "month", "region", "revenue")).get("xAxis").get("inverse")
                .asBoolean()).isFalse();
    }

    @Test
    void textIsEscapedAsJson() {
        Result quoted = new Result(List.of("name", "n"), List.of(row("a \"b\" </script>", 1L)), List.of());
        String json = english.of(new ChartDef(ChartType.BAR, "name", List.of("n"), null, SourceRef.NONE), quoted);
        assertThat(JSON.readTree(json).get("xAxis").get("data").get(0).asString()).isEqualTo("a \"b\" </script>");
    }

    private static JsonNode option(ChartOptions options, ChartDef chart) {
        return JSON.readTree(options.of(chart, SALES));
    }

    private static ChartDef chart(ChartType type, String x, String series, String y) {
        return new ChartDef(type, x, List.of(y), series, SourceRef.NONE);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> texts(JsonNode array, String key) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.get(key).asString()).toList();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
