package org.daftar.model.load;

import java.util.List;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ComputedColumnDef;
import org.daftar.model.report.Condition;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.Operator;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.Period;
import org.daftar.model.report.ReportDef;

/** Reads a {@code report} document. */
final class ReportReader {

    private ReportReader() {}

    static ReportDef read(Node node, String appId) {
        return new ReportDef(
                appId,
                node.text("id"),
                node.label("label"),
                node.label("description"),
                node.text("source"),
                node.list("parameters", ReportReader::parameter),
                node.list("filters", ReportReader::condition),
                node.list("computed", c -> new ComputedColumnDef(c.text("as"), c.expression("expression"), c.label("label"))),
                node.fieldRefs("columns"),
                node.list("groupBy", ReportReader::group),
                node.list("measures", ReportReader::measure),
                node.list("having", ReportReader::condition),
                node.list("sort", ListReader::sortKey),
                node.integer("limit"),
                node.has("chart") ? chart(node.get("chart")) : null,
                node.at());
    }

    private static ParameterDef parameter(Node node) {
        return new ParameterDef(node.text("id"), node.text("type"), node.label("label"), node.plain("default"), node.at());
    }

    /**
     * A condition. One that mixes a comparison with a group, or names no operator, is read as
     * written and reported by the linker.
     */
    static Condition condition(Node node) {
        if (node.has("and")) {
            return new Condition.AllOf(node.list("and", ReportReader::condition), node.at());
        }
        if (node.has("or")) {
            return new Condition.AnyOf(node.list("or", ReportReader::condition), node.at());
        }
        Operator op = node.has("op") ? Operator.of(node.text("op")).orElse(null) : null;
        return new Condition.Compare(node.fieldRef("field"), op, value(node, op), node.at());
    }

    private static Object value(Node node, Operator op) {
        Node value = node.get("value");
        if (value == null) {
            return null;
        }
        if (value.has("param")) {
            return new Condition.ParamRef(value.text("param"));
        }
        if (op == Operator.IN_PERIOD && value.isText()) {
            Object period = Period.of(value.asText()).orElse(null);
            return period != null ? period : value.asText();
        }
        return value.plain();
    }

    private static GroupDef group(Node node) {
        GroupDef.Bucket bucket = node.constant("bucket", GroupDef.Bucket.class, null);
        String field = node.text("field", "");
        String as = node.text("as", field.replace('.', '_'));
        return new GroupDef(node.fieldRef("field"), bucket, as, node.label("label"));
    }

    private static MeasureDef measure(Node node) {
        return new MeasureDef(
                node.text("as"),
                node.constant("aggregate", MeasureDef.Aggregate.class, MeasureDef.Aggregate.COUNT),
                node.fieldRef("field"),
                node.label("label"));
    }

    private static ChartDef chart(Node node) {
        return new ChartDef(
                node.constant("type", ChartDef.ChartType.class, ChartDef.ChartType.TABLE),
                node.text("x"),
                node.has("y") ? node.texts("y") : List.of(),
                node.text("series"),
                node.at());
    }
}
