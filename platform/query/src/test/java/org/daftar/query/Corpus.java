package org.daftar.query;

import static org.daftar.query.model.Filter.all;
import static org.daftar.query.model.Filter.any;
import static org.daftar.query.model.Filter.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daftar.model.report.GroupDef.Bucket;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;
import org.daftar.query.model.Computed;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Group;
import org.daftar.query.model.Measure;
import org.daftar.query.model.Param;
import org.daftar.query.model.Query;
import org.daftar.query.model.ReportQueries;
import org.daftar.query.model.Sort;
import org.daftar.testsupport.ShopFixture;

/**
 * The corpus: query models over the shop, each with hand-written SQL on the same data. "Live"
 * rows are those not soft-deleted; a reference to a deleted record shows as empty.
 */
final class Corpus {

    private Corpus() {}

    static final String O = "(select * from shop.sales_order where deleted_at is null)";
    static final String C = "(select * from shop.customer where deleted_at is null)";
    static final String P = "(select * from shop.product where deleted_at is null)";
    static final String L = "(select * from shop.order_line where deleted_at is null)";

    static Query orders(String... columns) {
        return Query.from("shop.sales_order").select(columns);
    }

    static Query customers(String... columns) {
        return Query.from("shop.customer").select(columns);
    }

    static List<Case> cases() {
        return List.of(
                // comparisons
                Case.of("equals", orders("number", "status").where(of("status", Operator.EQ, "confirmed"))
                        .orderBy(Sort.asc("number")),
                        "select number, status from " + O + " o where status = 'confirmed' order by number, id"),
                Case.of("not equals", orders("number", "status").where(of("status", Operator.NE, "draft"))
                        .orderBy(Sort.asc("number")),
                        "select number, status from " + O + " o where status <> 'draft' order by number, id"),
                Case.of("less than", orders("number", "total").where(of("total", Operator.LT, new BigDecimal("300")))
                        .orderBy(Sort.asc("total")),
                        "select number, total from " + O + " o where total < 300 order by total, id"),
                Case.of("at most", orders("number", "total").where(of("total", Operator.LE, 300L))
                        .orderBy(Sort.desc("total")),
                        "select number, total from " + O + " o where total <= 300 order by total desc, id"),
                Case.of("greater than a date", orders("number", "order_date")
                        .where(of("order_date", Operator.GT, LocalDate.of(2026, 1, 1))).orderBy(Sort.asc("order_date")),
                        "select number, order_date from " + O + " o where order_date > date '2026-01-01' "
                                + "order by order_date, id"),
                Case.of("at least a date", orders("number", "order_date")
                        .where(of("order_date", Operator.GE, LocalDate.of(2026, 1, 1))).orderBy(Sort.asc("number")),
                        "select number, order_date from " + O + " o where order_date >= date '2026-01-01' "
                                + "order by number, id"),
                Case.of("in", orders("number", "status").where(of("status", Operator.IN, List.of("draft", "cancelled")))
                        .orderBy(Sort.asc("number")),
                        "select number, status from " + O + " o where status in ('draft', 'cancelled') order by number, id"),
                Case.of("not in (empty values never match)", customers("code", "region")
                        .where(of("region", Operator.NOT_IN, List.of("central"))).orderBy(Sort.asc("code")),
                        "select code, region from " + C + " c where region not in ('central') order by code, id"),
                Case.of("between", orders("number", "total")
                        .where(of("total", Operator.BETWEEN, List.of(100, 500))).orderBy(Sort.asc("total")),
                        "select number, total from " + O + " o where total between 100 and 500 order by total, id"),
                Case.of("boolean", Query.from("shop.product").select("sku", "active")
                        .where(of("active", Operator.EQ, false)).orderBy(Sort.asc("sku")),
                        "select sku, active from " + P + " p where not active order by sku, id"),
                // text
                Case.of("contains ignores case", customers("name").where(of("name", Operator.CONTAINS, "NOOR"))
                        .orderBy(Sort.asc("name")),
                        "select name from " + C + " c where name ilike '%noor%' order by name, id"),
                Case.of("contains Arabic", customers("name").where(of("name", Operator.CONTAINS, "الريان"))
                        .orderBy(Sort.asc("name")),
                        "select name from " + C + " c where name like '%الريان%' order by name, id"),
                Case.of("starts with Arabic", customers("name").where(of("name", Operator.STARTS_WITH, "شركة"))
                        .orderBy(Sort.asc("code")),
                        "select name from " + C + " c where name like 'شركة%' order by code, id"),
                Case.of("starts with a wildcard character is literal", customers("name")
                        .where(of("name", Operator.STARTS_WITH, "%")).orderBy(Sort.asc("code")),
                        "select name from " + C + " c where false"),
                Case.of("Arabic and English sorted together", customers("name", "code").orderBy(Sort.asc("name")),
                        "select name, code from " + C + " c order by name, id"),
                Case.of("Arabic descending with limit", customers("name").orderBy(Sort.desc("name")).limit(7),
                        "select name from " + C + " c order by name desc, id limit 7"),
                // empty values
                Case.of("is empty text", customers("code", "phone").where(Filter.isEmpty("phone"))
                        .orderBy(Sort.asc("code")),
                        "select code, phone from " + C + " c where phone is null or phone = '' order by code, id"),
                Case.of("is not empty text", customers("code", "email").where(of("email", Operator.IS_NOT_EMPTY, null))
                        .orderBy(Sort.asc("code")),
                        "select code, email from " + C + " c where email <> '' order by code, id"),
                Case.of("is empty date-time", orders("number", "delivery_at").where(Filter.isEmpty("delivery_at"))
                        .orderBy(Sort.asc("number")),
                        "select number, delivery_at from " + O + " o where delivery_at is null order by number, id"),
                Case.of("nulls last ascending, first descending", orders("number", "delivery_at")
                        .orderBy(Sort.desc("delivery_at")).limit(40),
                        "select number, delivery_at from " + O + " o order by delivery_at desc, id limit 40"),
                // relative periods (today is 2026-06-15, a Monday)
                Case.of("this month", orders("number", "order_date")
                        .where(of("order_date", Operator.IN_PERIOD, Period.THIS_MONTH)).orderBy(Sort.asc("number")),
                        "select number, order_date from " + O + " o where order_date >= date '2026-06-01' "
                                + "and order_date < date '2026-07-01' order by number, id"),
                Case.of("last 30 days", orders("number", "order_date")
                        .where(of("order_date", Operator.IN_PERIOD, Period.LAST_30_DAYS)).orderBy(Sort.asc("number")),
                        "select number, order_date from " + O + " o where order_date between date '2026-05-17' "
                                + "and date '2026-06-15' order by number, id"),
                Case.of("last year", orders("number").where(of("order_date", Operator.IN_PERIOD, Period.LAST_YEAR))
                        .orderBy(Sort.asc("number")),
                        "select number from " + O + " o where extract(year from order_date) = 2025 order by number, id"),
                Case.of("this quarter", orders("number").where(of("order_date", Operator.IN_PERIOD, Period.THIS_QUARTER))
                        .orderBy(Sort.asc("number")),
                        "select number from " + O + " o where order_date >= date '2026-04-01' "
                                + "and order_date < date '2026-07-01' order by number, id"),
                Case.of("last week on a date-time", orders("number", "delivery_at")
                        .where(of("delivery_at", Operator.IN_PERIOD, Period.LAST_WEEK)).orderBy(Sort.asc("number")),
                        "select number, delivery_at from " + O + " o where delivery_at >= date '2026-06-08' "
                                + "and delivery_at < date '2026-06-15' order by number, id"),
                // groups and parameters
                Case.of("and/or groups", orders("number", "customer.region", "total")
                        .where(all(of("status", Operator.EQ, "confirmed"), any(of("customer.region", Operator.EQ, "central"),
                                of("total", Operator.GT, 1000)))).orderBy(Sort.asc("number")),
                        "select number, c.region, total from " + O + " o left join " + C + " c on c.id = o.customer "
                                + "where status = 'confirmed' and (c.region = 'central' or total > 1000) order by number, o.id"),
                Case.of("parameter", orders("number", "order_date")
                        .where(of("order_date", Operator.GE, Param.of("since"))).orderBy(Sort.asc("order_date")),
                        "select number, order_date from " + O + " o where order_date >= ? order by order_date, id",
                        LocalDate.of(2026, 3, 1)).with(Map.of("since", LocalDate.of(2026, 3, 1))),
                Case.of("parameters in a list", orders("number", "status")
                        .where(of("status", Operator.IN, List.of(Param.of("a"), Param.of("b")))).orderBy(Sort.asc("number")),
                        "select number, status from " + O + " o where status in ('draft', 'cancelled') order by number, id")
                        .with(Map.of("a", "draft", "b", "cancelled")),
                // references and lines
                Case.of("reference columns in one statement", orders("number", "customer.name", "customer.region")
                        .orderBy(Sort.asc("customer.name"), Sort.asc("number")),
                        "select number, c.name, c.region from " + O + " o left join " + C + " c on c.id = o.customer "
                                + "order by c.name, number, o.id"),
                Case.of("a page of references, joined after the page is chosen",
                        orders("number", "customer.name", "customer.region").where(of("status", Operator.NE, "draft"))
                                .orderBy(Sort.desc("order_date")).limit(20).offset(5),
                        "select number, c.name, c.region from " + O + " o left join " + C + " c on c.id = o.customer "
                                + "where status <> 'draft' order by order_date desc, o.id limit 20 offset 5"),
                Case.of("filter along a reference", orders("number").where(of("customer.name", Operator.STARTS_WITH, "بيت"))
                        .orderBy(Sort.asc("number")),
                        "select number from " + O + " o join " + C + " c on c.id = o.customer where c.name like 'بيت%' "
                                + "order by number, o.id"),
                Case.of("columns along lines: one row per line", orders("number", "lines.line_no", "lines.quantity")
                        .where(of("status", Operator.EQ, "draft")).orderBy(Sort.asc("number"), Sort.asc("lines.line_no")),
                        "select number, l.line_no, l.quantity from " + O + " o left join " + L + " l on l.parent_id = o.id "
                                + "where status = 'draft' order by number, l.line_no, o.id"),
                Case.of("filter along lines: some line", orders("number")
                        .where(of("lines.quantity", Operator.GE, 7)).orderBy(Sort.asc("number")),
                        "select number from " + O + " o where exists (select 1 from " + L + " l where l.parent_id = o.id "
                                + "and l.quantity >= 7) order by number, id"),
                Case.of("lines joined along a reference", Query.from("shop.order_line")
                        .select("product.name", "quantity").where(of("product.name", Operator.CONTAINS, "قهوة"))
                        .orderBy(Sort.asc("product.name"), Sort.asc("quantity")),
                        "select p.name, l.quantity from " + L + " l left join " + P + " p on p.id = l.product "
                                + "where p.name ilike '%قهوة%' order by p.name, l.quantity, l.id"),
                Case.of("limit and offset", customers("code").orderBy(Sort.asc("code")).limit(5).offset(10),
                        "select code from " + C + " c order by code, id limit 5 offset 10"),
                // computed columns
                Case.of("computed arithmetic, text and conditionals", orders("number", "net", "label", "size", "year")
                        .compute(Computed.of("net", "total - tax"), Computed.of("label", "number & ' / ' & customer.name"),
                                Computed.of("size", "if(total > 500, 'big', 'small')"),
                                Computed.of("year", "year(order_date)"))
                        .orderBy(Sort.asc("number")).limit(50),
                        "select number, total - tax, coalesce(number, '') || ' / ' || coalesce(c.name, ''), "
                                + "case when total > 500 then 'big' else 'small' end, extract(year from order_date) "
                                + "from " + O + " o left join " + C + " c on c.id = o.customer order by number, o.id limit 50"),
                Case.of("filter and sort on a computed column", orders("number", "share")
                        .compute(Computed.of("share", "round(tax / total * 100, 1)"))
                        .where(of("share", Operator.GT, 10)).orderBy(Sort.desc("share"), Sort.asc("number")),
                        "select number, round(tax::numeric(38,10) / nullif(total, 0) * 100, 1) s from " + O + " o "
                                + "where round(tax::numeric(38,10) / nullif(total, 0) * 100, 1) > 10 order by s desc, number, id"),
                Case.of("computed text functions", customers("code", "shout", "len")
                        .compute(Computed.of("shout", "upper(trim(name))"), Computed.of("len", "length(name)"))
                        .where(of("code", Operator.LE, "C-0010")).orderBy(Sort.asc("code")),
                        "select code, upper(trim(name)), char_length(name) from " + C + " c where code <= 'C-0010' "
                                + "order by code, id"),
                // grouping
                Case.of("bucket day", Query.from("shop.sales_order").groupBy(Group.of("order_date", Bucket.DAY, "day"))
                        .measure(Measure.count("orders")).orderBy(Sort.asc("day")),
                        "select date_trunc('day', order_date)::date, count(*) from " + O + " o group by 1 order by 1"),
                Case.of("bucket week", Query.from("shop.sales_order").groupBy(Group.of("order_date", Bucket.WEEK, "week"))
                        .measure(Measure.of("revenue", Aggregate.SUM, "total")).orderBy(Sort.asc("week")),
                        "select date_trunc('week', order_date)::date, sum(total) from " + O + " o group by 1 order by 1"),
                Case.of("bucket month", Query.from("shop.sales_order").groupBy(Group.of("order_date", Bucket.MONTH, "m"))
                        .measure(Measure.of("avg", Aggregate.AVG, "total")).orderBy(Sort.desc("m")),
                        "select date_trunc('month', order_date)::date, avg(total) from " + O + " o group by 1 order by 1 desc"),
                Case.of("bucket quarter", Query.from("shop.sales_order").groupBy(Group.of("order_date", Bucket.QUARTER, "q"))
                        .measure(Measure.of("lo", Aggregate.MIN, "total"), Measure.of("hi", Aggregate.MAX, "total"))
                        .orderBy(Sort.asc("q")),
                        "select date_trunc('quarter', order_date)::date, min(total), max(total) from " + O + " o "
                                + "group by 1 order by 1"),
                Case.of("bucket year on a date-time", Query.from("shop.sales_order")
                        .groupBy(Group.of("delivery_at", Bucket.YEAR, "y")).measure(Measure.count("n"))
                        .orderBy(Sort.asc("y")),
                        "select date_trunc('year', delivery_at), count(*) from " + O + " o group by 1 order by 1"),
                Case.of("count distinct and count of a field", Query.from("shop.sales_order").groupBy(Group.of("status"))
                        .measure(Measure.of("customers", Aggregate.COUNT_DISTINCT, "customer"),
                                Measure.of("delivered", Aggregate.COUNT, "delivery_at"))
                        .orderBy(Sort.asc("status")),
                        "select status, count(distinct customer), count(delivery_at) from " + O + " o group by status "
                                + "order by status"),
                Case.of("group along a reference, empty group included", Query.from("shop.sales_order")
                        .groupBy(new Group("customer.region", null, "region"))
                        .measure(Measure.count("orders"), Measure.of("revenue", Aggregate.SUM, "total"))
                        .orderBy(Sort.asc("region")),
                        "select c.region, count(*), sum(total) from " + O + " o left join " + C + " c on c.id = o.customer "
                                + "group by c.region order by c.region"),
                Case.of("having", Query.from("shop.sales_order").groupBy(Group.of("customer"))
                        .measure(Measure.count("orders")).having(of("orders", Operator.GE, 6))
                        .orderBy(Sort.desc("orders"), Sort.asc("customer")),
                        "select customer, count(*) from " + O + " o group by customer having count(*) >= 6 "
                                + "order by 2 desc, 1"),
                Case.of("measures over lines do not multiply the record's", Query.from("shop.sales_order")
                        .groupBy(Group.of("status"))
                        .measure(Measure.count("orders"), Measure.of("items", Aggregate.SUM, "lines.quantity"),
                                Measure.of("lines", Aggregate.COUNT, "lines.quantity"),
                                Measure.of("cheapest", Aggregate.MIN, "lines.unit_price"))
                        .orderBy(Sort.asc("status")),
                        "select status, count(*), sum(l.q), sum(l.n), min(l.lo) from " + O + " o left join "
                                + "(select parent_id, sum(quantity) q, count(quantity) n, min(unit_price) lo from " + L
                                + " x group by parent_id) l on l.parent_id = o.id group by status order by status"),
                Case.of("totals without groups", Query.from("shop.sales_order")
                        .measure(Measure.count("orders"), Measure.of("revenue", Aggregate.SUM, "total"))
                        .where(of("order_date", Operator.IN_PERIOD, Period.THIS_YEAR)),
                        "select count(*), sum(total) from " + O + " o where order_date >= date '2026-01-01' "
                                + "and order_date < date '2027-01-01'"),
                Case.of("report definition: sales by month", ReportQueries.of(ShopFixture.definitions().app("shop")
                        .orElseThrow().report("sales_by_month").orElseThrow()).orderBy(Sort.asc("region")),
                        "select date_trunc('month', order_date)::date, c.region, sum(total - tax), count(*), sum(l.q) "
                                + "from " + O + " o left join " + C + " c on c.id = o.customer left join "
                                + "(select parent_id, sum(quantity) q from " + L + " x group by parent_id) l on l.parent_id = o.id "
                                + "where status = 'confirmed' and order_date >= ? and (c.region = 'central' or total > 1000) "
                                + "group by 1, 2 having sum(total - tax) > 0 order by 1, 2 limit 24",
                        LocalDate.of(2025, 6, 15)).with(Map.of("since", LocalDate.of(2025, 6, 15))),
                Case.of("report definition: low stock", ReportQueries.of(ShopFixture.definitions().app("shop")
                        .orElseThrow().report("low_stock").orElseThrow()),
                        "select sku, name, stock, reorder_level from " + P + " p where low and name ilike '%a%' "
                                + "order by stock, id"));
    }
}
