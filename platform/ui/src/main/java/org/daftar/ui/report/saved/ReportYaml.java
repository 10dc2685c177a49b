package org.daftar.ui.report.saved;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ComputedColumnDef;
import org.daftar.model.report.Condition;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.Operator;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.Period;
import org.daftar.model.report.ReportDef;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A report as a definition file ({@code kind: report}, the keys of {@code definitions/<app>/reports/*.yaml}),
 * and back. What {@link #write} gives, the definitions loader reads as the same report: a saved report
 * can be exported, put in an app's folder and become a built-in one.
 */
public final class ReportYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ReportYaml() {}

    /** The report as a YAML definition file. */
    public static String write(ReportDef report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "report");
        doc.put("id", report.id());
        putLabel(doc, "label", report.label());
        putLabel(doc, "description", report.description());
        doc.put("source", report.source());
        putList(doc, "parameters", report.parameters(), ReportYaml::parameter);
        putList(doc, "filters", report.filters(), ReportYaml::condition);
        putList(doc, "computed", report.computed(), ReportYaml::computed);
        putList(doc, "columns", report.columns(), FieldRef::path);
        putList(doc, "groupBy", report.groupBy(), ReportYaml::group);
        putList(doc, "measures", report.measures(), ReportYaml::measure);
        putList(doc, "having", report.having(), ReportYaml::condition);
        putList(doc, "sort", report.sort(), ReportYaml::sortKey);
        if (report.limit() != null) {
            doc.put("limit", report.limit());
        }
        if (report.chart() != null) {
            doc.put("chart", chart(report.chart()));
        }
        return YAML.writeValueAsString(doc);
    }

    /** Reads what {@link #write} wrote, as a report of {@code appId}. */
    public static ReportDef read(String yaml, String appId) {
        JsonNode doc = YAML.readTree(yaml);
        return new ReportDef(appId, text(doc, "id"), label(doc.get("label")), label(doc.get("description")),
                text(doc, "source"),
                list(doc, "parameters", p -> new ParameterDef(text(p, "id"), text(p, "type"), label(p.get("label")),
                        plain(p.get("default")), SourceRef.NONE)),
                list(doc, "filters", ReportYaml::condition),
                list(doc, "computed", c -> new ComputedColumnDef(text(c, "as"),
                        new ExpressionText(text(c, "expression"), SourceRef.NONE), label(c.get("label")))),
                list(doc, "columns", c -> FieldRef.of(c.asString())),
                list(doc, "groupBy", g -> new GroupDef(FieldRef.of(text(g, "field")),
                        constant(GroupDef.Bucket.class, text(g, "bucket")),
                        g.has("as") ? text(g, "as") : text(g, "field").replace('.', '_'), label(g.get("label")))),
                list(doc, "measures", m -> new MeasureDef(text(m, "as"),
                        m.has("aggregate") ? constant(MeasureDef.Aggregate.class, text(m, "aggregate"))
                                : MeasureDef.Aggregate.COUNT,
                        m.has("field") ? FieldRef.of(text(m, "field")) : null, label(m.get("label")))),
                list(doc, "having", ReportYaml::condition),
                list(doc, "sort", s -> new SortKey(FieldRef.of(text(s, "field")),
                        s.has("direction") ? constant(SortKey.Direction.class, text(s, "direction"))
                                : SortKey.Direction.ASC)),
                doc.has("limit") ? doc.get("limit").asInt() : null,
                doc.has("chart") ? chart(doc.get("chart")) : null,
                SourceRef.NONE);
    }

    // ---- writing

    private static Map<String, Object> parameter(ParameterDef parameter) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", parameter.id());
        map.put("type", parameter.type());
        putLabel(map, "label", parameter.label());
        if (parameter.defaultValue() != null) {
            map.put("default", parameter.defaultValue());
        }
        return map;
    }

    private static Map<String, Object> condition(Condition condition) {
        Map<String, Object> map = new LinkedHashMap<>();
        switch (condition) {
            case Condition.AllOf all -> map.put("and", all.conditions().stream().map(ReportYaml::condition).toList());
            case Condition.AnyOf any -> map.put("or", any.conditions().stream().map(ReportYaml::condition).toList());
            case Condition.Compare compare -> {
                map.put("field", compare.field().path());
                map.put("op", compare.op().token());
                if (compare.value() != null) {
                    map.put("value", value(compare.value()));
                }
            }
        }
        return map;
    }

    private static Object value(Object value) {
        return switch (value) {
            case Condition.ParamRef ref -> Map.of("param", ref.id());
            case Period period -> period.token();
            case java.time.temporal.TemporalAccessor date -> date.toString();
            case List<?> list -> list.stream().map(ReportYaml::value).toList();
            default -> value;
        };
    }

    private static Map<String, Object> computed(ComputedColumnDef computed) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("as", computed.as());
        map.put("expression", computed.expression().text());
        putLabel(map, "label", computed.label());
        return map;
    }

    private static Map<String, Object> group(GroupDef group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", group.field().path());
        if (group.bucket() != null) {
            map.put("bucket", token(group.bucket()));
        }
        map.put("as", group.as());
        putLabel(map, "label", group.label());
        return map;
    }

    private static Map<String, Object> measure(MeasureDef measure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("as", measure.as());
        map.put("aggregate", measure.aggregate().token());
        if (measure.field() != null) {
            map.put("field", measure.field().path());
        }
        putLabel(map, "label", measure.label());
        return map;
    }

    private static Map<String, Object> sortKey(SortKey key) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", key.field().path());
        map.put("direction", token(key.direction()));
        return map;
    }

    private static Map<String, Object> chart(ChartDef chart) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", token(chart.type()));
        if (chart.x() != null) {
            map.put("x", chart.x());
        }
        if (!chart.y().isEmpty()) {
            map.put("y", chart.y());
        }
        if (chart.series() != null) {
            map.put("series", chart.series());
        }
        return map;
    }

    private static void putLabel(Map<String, Object> map, String key, LocalizedText text) {
        if (text != null) {
            map.put(key, text.texts().size() == 1 && text.texts().containsKey("*") ? text.texts().get("*") : text.texts());
        }
    }

    private static <T> void putList(Map<String, Object> map, String key, List<T> items, Function<T, Object> writer) {
        if (!items.isEmpty()) {
            map.put(key, items.stream().map(writer).toList());
        }
    }

    /** The token definitions write for a constant: {@code STACKED_BAR} to {@code stacked-bar}. */
    public static String token(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- reading

    private static Condition condition(JsonNode node) {
        if (node.has("and")) {
            return new Condition.AllOf(list(node, "and", ReportYaml::condition), SourceRef.NONE);
        }
        if (node.has("or")) {
            return new Condition.AnyOf(list(node, "or", ReportYaml::condition), SourceRef.NONE);
        }
        Operator op = Operator.of(text(node, "op")).orElseThrow(
                () -> new IllegalArgumentException("Unknown operator " + text(node, "op")));
        JsonNode value = node.get("value");
        Object read;
        if (value == null || value.isNull()) {
            read = null;
        } else if (value.has("param")) {
            read = new Condition.ParamRef(text(value, "param"));
        } else if (op == Operator.IN_PERIOD && value.isString()) {
            read = Period.of(value.asString()).<Object>map(p -> p).orElse(value.asString());
        } else {
            read = plain(value);
        }
        return new Condition.Compare(FieldRef.of(text(node, "field")), op, read, SourceRef.NONE);
    }

    private static ChartDef chart(JsonNode node) {
        List<String> y = new ArrayList<>();
        if (node.has("y")) {
            node.get("y").forEach(item -> y.add(item.asString()));
        }
        return new ChartDef(node.has("type") ? constant(ChartDef.ChartType.class, text(node, "type"))
                : ChartDef.ChartType.TABLE, text(node, "x"), y, text(node, "series"), SourceRef.NONE);
    }

    private static LocalizedText label(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return LocalizedText.of(node.asString());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asString()));
        return new LocalizedText(texts);
    }

    /** Numbers as the definitions loader reads them (BigDecimal without trailing zeros), lists, texts, booleans. */
    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal number = new BigDecimal(value.asString()).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0) : number;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(plain(item)));
            return items;
        }
        return value.asString();
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static <T> List<T> list(JsonNode node, String key, Function<JsonNode, T> reader) {
        List<T> items = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null) {
            array.forEach(item -> items.add(reader.apply(item)));
        }
        return items;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String token) {
        return token == null ? null : Enum.valueOf(type, token.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
