package org.daftar.ui.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.query.Result;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Apache ECharts option (JSON) that draws a report's result as its chart: the {@code x} group
 * along the category axis, one series per value of the {@code series} group (or per {@code y}
 * measure), labels in the user's language, mirrored for right-to-left languages.
 */
public final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<String, String> columnLabel;
    private final CellText cells;
    private final boolean rightToLeft;

    /**
     * @param columnLabel a result column's label in the user's language
     * @param cells how values are shown (choice labels)
     * @param rightToLeft true to mirror the chart (Arabic)
     */
    public ChartOptions(Function<String, String> columnLabel, CellText cells, boolean rightToLeft) {
        this.columnLabel = columnLabel;
        this.cells = cells;
        this.rightToLeft = rightToLeft;
    }

    /** The chart of a grouped result when the report names none: the first group by the first measure, as bars. */
    public static ChartDef defaultChart(Result result, int groups) {
        List<String> columns = result.columns();
        if (groups == 0 || columns.size() <= groups) {
            return new ChartDef(ChartType.NUMBER, null, columns.isEmpty() ? List.of() : List.of(columns.getLast()), null,
                    null);
        }
        return new ChartDef(ChartType.BAR, columns.getFirst(), List.of(columns.get(groups)),
                groups > 1 ? columns.get(1) : null, null);
    }

    /** The option for {@code chart} over {@code result}, as JSON text. */
    public String of(ChartDef chart, Result result) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("textStyle").put("fontFamily", rightToLeft ? "'Noto Naskh Arabic', Tahoma, sans-serif"
                : "system-ui, sans-serif");
        switch (chart.type()) {
            case NUMBER -> number(option, chart, result);
            case PIE -> pie(option, chart, result);
            case TABLE -> option.putObject("title").put("text", "");
            default -> axes(option, chart, result);
        }
        return JSON.writeValueAsString(option);
    }

    private void number(ObjectNode option, ChartDef chart, Result result) {
        String measure = chart.y().isEmpty() ? result.columns().getLast() : chart.y().getFirst();
        int column = index(result, measure);
        Object value = result.rows().isEmpty() ? null : result.rows().getFirst().get(column);
        ObjectNode title = option.putObject("title");
        title.put("text", cells.category(measure, value));
        title.put("subtext", columnLabel.apply(measure));
        title.put("left", "center");
        title.put("top", "middle");
        title.putObject("textStyle").put("fontSize", 40);
    }

    private void pie(ObjectNode option, ChartDef chart, Result result) {
        int x = index(result, chart.x());
        String measure = chart.y().getFirst();
        int y = index(result, measure);
        option.putObject("tooltip").put("trigger", "item");
        legend(option);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "pie");
        series.put("name", columnLabel.apply(measure));
        series.put("radius", "60%");
        ArrayNode data = series.putArray("data");
        for (List<Object> row : result.rows()) {
            ObjectNode slice = data.addObject();
            slice.put("name", cells.category(chart.x(), row.get(x)));
            number(slice, "value", row.get(y));
        }
    }

    private void axes(ObjectNode option, ChartDef chart, Result result) {
        int x = index(result, chart.x());
        Set<String> categories = new LinkedHashSet<>();
        result.rows().forEach(row -> categories.add(cells.category(chart.x(), row.get(x))));
        Map<String, Map<String, Object>> series = chart.series() != null ? bySeries(chart, result, x)
                : byMeasure(chart, result, x);

        option.putObject("tooltip").put("trigger", "axis");
        legend(option);
        ObjectNode grid = option.putObject("grid");
        grid.put("containLabel", true);
        grid.put("left", 16);
        grid.put("right", 16);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "category");
        xAxis.put("name", columnLabel.apply(chart.x()));
        xAxis.put("inverse", rightToLeft);
        xAxis.put("boundaryGap", chart.type() == ChartType.BAR || chart.type() == ChartType.STACKED_BAR);
        ArrayNode names = xAxis.putArray("data");
        categories.forEach(names::add);
        ObjectNode yAxis = option.putObject("yAxis");
        yAxis.put("type", "value");
        yAxis.put("position", rightToLeft ? "right" : "left");

        ArrayNode all = option.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode one = all.addObject();
            one.put("name", name);
            one.put("type", chart.type() == ChartType.BAR || chart.type() == ChartType.STACKED_BAR ? "bar" : "line");
            if (chart.type() == ChartType.STACKED_BAR) {
                one.put("stack", "total");
            }
            if (chart.type() == ChartType.AREA) {
                one.putObject("areaStyle");
                one.put("stack", "total");
            }
            ArrayNode data = one.putArray("data");
            categories.forEach(category -> number(data, values.get(category)));
        });
    }

    /** One series per value of the series group, over the first measure; equal cells add up. */
    private Map<String, Map<String, Object>> bySeries(ChartDef chart, Result result, int x) {
        int s = index(result, chart.series());
        int y = index(result, chart.y().getFirst());
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            series.computeIfAbsent(cells.category(chart.series(), row.get(s)), k -> new LinkedHashMap<>())
                    .merge(cells.category(chart.x(), row.get(x)), orZero(row.get(y)), ChartOptions::add);
        }
        return series;
    }

    /** One series per measure. */
    private Map<String, Map<String, Object>> byMeasure(ChartDef chart, Result result, int x) {
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        for (String measure : chart.y()) {
            int y = index(result, measure);
            Map<String, Object> values = new LinkedHashMap<>();
            result.rows().forEach(row -> values.merge(cells.category(chart.x(), row.get(x)), orZero(row.get(y)),
                    ChartOptions::add));
            series.put(columnLabel.apply(measure), values);
        }
        return series;
    }

    private void legend(ObjectNode option) {
        ObjectNode legend = option.putObject("legend");
        legend.put("type", "scroll");
        legend.put("top", 0);
        legend.put(rightToLeft ? "right" : "left", 0);
        legend.put("align", rightToLeft ? "right" : "left");
    }

    private static int index(Result result, String column) {
        int index = result.columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("The chart names " + column + ", which the result does not have: "
                    + result.columns());
        }
        return index;
    }

    private static Object orZero(Object value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Object add(Object a, Object b) {
        return decimal(a).add(decimal(b));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static void number(ObjectNode node, String key, Object value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, decimal(value));
        }
    }

    private static void number(ArrayNode array, Object value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(decimal(value));
        }
    }

}
