package org.daftar.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daftar.app.BuiltInAppsDatabase;
import org.daftar.app.DaftarSpringTest;
import org.daftar.model.report.ReportDef;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.ReportQueries;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each built-in report a manager opens gives what an analyst would get by hand: its rows, run on
 * the sample data through the query engine, equal the rows of hand-written PostgreSQL.
 */
class BuiltInReportsTest extends DaftarSpringTest {

    @Autowired
    EmbeddedPostgres postgres;

    BuiltInAppsDatabase apps;
    QueryEngine engine;
    ReadableSchema everything;
    JdbcTemplate sql;

    @BeforeEach
    void openTheBuiltInApps() {
        apps = BuiltInAppsDatabase.get(postgres);
        Catalog catalog = new Catalog(apps.definitions(), apps.fieldTypes());
        engine = new QueryEngine(apps.dataSource(), catalog);
        everything = ReadableSchema.everything(catalog);
        sql = new JdbcTemplate(apps.dataSource());
    }

    @Test
    void stockBelowReorderLevelBySupplier() {
        assertSameRows("inventory", "stock_below_reorder", Map.of(), """
                select s.name, s.phone, count(*), sum(p.shortfall), sum(coalesce(p.reorder_qty, p.reorder_level) * p.unit_cost)
                from inventory.product p
                left join inventory.supplier s on s.id = p.supplier and s.deleted_at is null
                where p.deleted_at is null and p.active and p.below_reorder
                group by s.name, s.phone""");
    }

    @Test
    void stockValueByWarehouse() {
        assertSameRows("inventory", "stock_value_by_warehouse", Map.of(), """
                select w.name, p.category, sum(l.value), sum(l.quantity), count(distinct l.product)
                from inventory.stock_level l
                left join inventory.warehouse w on w.id = l.warehouse and w.deleted_at is null
                left join inventory.product p on p.id = l.product and p.deleted_at is null
                where l.deleted_at is null and l.quantity > 0 and w.active
                group by w.name, p.category""");
    }

    @Test
    void receivablesAgeing() {
        assertSameRows("accounting", "receivables_ageing", Map.of("min_outstanding", new BigDecimal("0.01")), """
                select case when current_date - due_date <= 30 then '0-30' when current_date - due_date <= 60 then '31-60'
                            when current_date - due_date <= 90 then '61-90' else '90+' end,
                       sum(outstanding), count(*), count(distinct customer)
                from accounting.invoice
                where deleted_at is null and status = 'posted' and outstanding >= 0.01
                group by 1""");
    }

    @Test
    void expensesByMonthAndCategory() {
        LocalDate from = LocalDate.now().minusMonths(12);
        assertSameRows("accounting", "expenses_by_month_category", Map.of("from", from), """
                select date_trunc('month', expense_date)::date, category, sum(amount_sar), count(*)
                from accounting.expense
                where deleted_at is null and expense_date >= ? and approved
                group by 1, 2""", from);
    }

    @Test
    void annualLeaveTakenThisYear() {
        assertSameRows("hr", "leave_balance", Map.of(), """
                select e.badge, coalesce(e.first_name, '') || ' ' || coalesce(e.last_name, ''), d.name, e.annual_leave_days,
                       sum(r.days), count(*), max(r.to_date)
                from hr.leave_request r
                left join hr.employee e on e.id = r.employee and e.deleted_at is null
                left join hr.department d on d.id = e.department and d.deleted_at is null
                where r.deleted_at is null and r.status = 'approved' and r.type = 'annual'
                  and r.from_date >= date_trunc('year', current_date) and r.from_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2, 3, 4""");
    }

    @Test
    void headcountByDepartment() {
        assertSameRows("hr", "headcount_by_department", Map.of(), """
                select d.name, count(*)
                from hr.employee e left join hr.department d on d.id = e.department and d.deleted_at is null
                where e.deleted_at is null and e.active
                group by d.name""");
    }

    @Test
    void ticketBacklogByAgeAndPriority() {
        assertSameRows("support", "ticket_backlog", Map.of(), """
                select case when current_date - opened_on <= 2 then '0-2 days / 0-2 يوم'
                            when current_date - opened_on <= 7 then '3-7 days / 3-7 أيام'
                            when current_date - opened_on <= 30 then '8-30 days / 8-30 يومًا'
                            else 'over 30 days / أكثر من 30 يومًا' end,
                       priority, count(*)
                from support.ticket
                where deleted_at is null and status not in ('resolved', 'closed')
                group by 1, 2""");
    }

    @Test
    void itAssetsByStatus() {
        assertSameRows("it", "assets_by_status", Map.of(), """
                select status, count(*), sum(cost) from it.asset where deleted_at is null group by status""");
    }

    @Test
    void complianceObligationsDueInTheNext30DaysOrOverdue() {
        LocalDate today = LocalDate.now();
        assertSameRows("compliance", "obligations_due", Map.of("as_of", today), """
                select owner, case when next_due_date < current_date then 'overdue / متأخر' else 'due soon / مستحق قريبًا' end,
                       count(*), min(next_due_date)
                from compliance.obligation
                where deleted_at is null and status = 'active'
                  and ((next_due_date >= ? and next_due_date < ?) or next_due_date < ?)
                group by 1, 2""", today, today.plusDays(30), today);
    }

    @Test
    void ordersByMonth() {
        LocalDate from = LocalDate.now().minusMonths(12);
        LocalDate to = LocalDate.now();
        assertSameRows("orders", "orders_by_month", Map.of("from", from, "to", to), """
                select date_trunc('month', order_date)::date, count(*), sum(total), avg(total), count(distinct customer)
                from orders.sales_order
                where deleted_at is null and status not in ('draft', 'cancelled') and order_date >= ? and order_date <= ?
                group by 1""", from, to);
    }

    @Test
    void revenueByMonth() {
        LocalDate from = LocalDate.now().minusMonths(12);
        LocalDate to = LocalDate.now();
        assertSameRows("accounting", "revenue_by_month", Map.of("from", from, "to", to), """
                select date_trunc('month', issue_date)::date, sum(subtotal), sum(tax), sum(paid_amount), avg(total),
                       count(distinct customer)
                from accounting.invoice
                where deleted_at is null and status not in ('draft', 'cancelled') and issue_date >= ? and issue_date <= ?
                group by 1""", from, to);
    }

    @Test
    void topCustomersThisYear() {
        assertSameRows("accounting", "top_customers", Map.of("min_revenue", new BigDecimal("10000")), """
                select c.code, c.name, sum(i.total), sum(i.outstanding), count(*), max(i.total)
                from accounting.invoice i left join accounting.customer c on c.id = i.customer and c.deleted_at is null
                where i.deleted_at is null and i.status in ('posted', 'paid')
                  and i.issue_date >= date_trunc('year', current_date) and i.issue_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2 having sum(i.total) >= 10000
                order by 3 desc limit 10""");
    }

    @Test
    void totalOutstanding() {
        assertSameRows("accounting", "total_outstanding", Map.of(), """
                select sum(outstanding) from accounting.invoice where deleted_at is null and status = 'posted'""");
    }

    @Test
    void paymentsByMethodThisYear() {
        assertSameRows("accounting", "payments_by_method", Map.of(), """
                select method, sum(amount), count(*), min(amount) from accounting.payment
                where deleted_at is null and payment_date >= date_trunc('year', current_date)
                  and payment_date < date_trunc('year', current_date) + interval '1 year'
                group by method""");
    }

    @Test
    void correspondenceByMonthThisYear() {
        assertSameRows("administration", "correspondence_by_month", Map.of(), """
                select date_trunc('month', letter_date)::date, direction, count(*) from administration.correspondence
                where deleted_at is null and letter_date >= date_trunc('year', current_date)
                  and letter_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2""");
    }

    @Test
    void headcountByDepartmentAndContract() {
        assertSameRows("hr", "headcount_by_contract", Map.of(), """
                select d.name, e.contract, count(*), count(distinct e.nationality)
                from hr.employee e left join hr.department d on d.id = e.department and d.deleted_at is null
                where e.deleted_at is null and e.active
                group by 1, 2""");
    }

    @Test
    void leaveByMonthAndType() {
        LocalDate from = LocalDate.now().minusMonths(12);
        assertSameRows("hr", "leave_by_month_type", Map.of("from", from), """
                select date_trunc('month', from_date)::date, type, sum(days), count(distinct employee)
                from hr.leave_request
                where deleted_at is null and status in ('approved', 'requested') and from_date >= ?
                group by 1, 2""", from);
    }

    @Test
    void payrollByDepartment() {
        assertSameRows("hr", "payroll_by_department", Map.of(), """
                select d.name, sum(e.total_package), avg(e.salary), max(e.salary), count(*)
                from hr.employee e left join hr.department d on d.id = e.department and d.deleted_at is null
                where e.deleted_at is null and e.active
                group by 1""");
    }

    @Test
    void stockMovesByMonth() {
        LocalDate from = LocalDate.now().minusMonths(12);
        LocalDate to = LocalDate.now();
        assertSameRows("inventory", "stock_moves_by_month", Map.of("from", from, "to", to), """
                select date_trunc('month', move_date)::date, move_type, count(*), sum(quantity), sum(value)
                from inventory.stock_move
                where deleted_at is null and status = 'confirmed' and move_date >= ? and move_date <= ?
                group by 1, 2""", from, to);
    }

    @Test
    void tasksByTeamAndStatus() {
        LocalDate from = LocalDate.now().minusDays(30);
        LocalDate to = LocalDate.now().plusDays(30);
        assertSameRows("operations", "tasks_by_team_status", Map.of("from", from, "to", to), """
                select t.name, k.status, count(*), sum(k.estimate_hours), sum(case when k.late then 1 else 0 end)
                from operations.task k left join operations.team t on t.id = k.team and t.deleted_at is null
                where k.deleted_at is null and k.due_date >= ? and k.due_date <= ?
                group by 1, 2""", from, to);
    }

    @Test
    void salesByCategoryThisYearAndLast() {
        assertSameRows("orders", "sales_by_category", Map.of(), """
                select p.category, date_trunc('year', o.order_date)::date, sum(l.amount), sum(l.quantity), count(distinct o.number)
                from orders.sales_order o
                left join orders.order_line l on l.parent_id = o.id and l.deleted_at is null
                left join inventory.product p on p.id = l.product and p.deleted_at is null
                where o.deleted_at is null and o.status in ('confirmed', 'shipped', 'delivered')
                  and o.order_date >= date_trunc('year', current_date) - interval '1 year'
                  and o.order_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2 having sum(l.amount) > 0""");
    }

    @Test
    void salesByChannelThisYear() {
        assertSameRows("orders", "sales_by_channel", Map.of(), """
                select channel, sum(total), count(*) from orders.sales_order
                where deleted_at is null and status in ('confirmed', 'shipped', 'delivered')
                  and order_date >= date_trunc('year', current_date) and order_date < date_trunc('year', current_date) + interval '1 year'
                group by 1""");
    }

    @Test
    void topOrderingCustomers() {
        LocalDate since = LocalDate.now().minusDays(90);
        assertSameRows("orders", "top_customers", Map.of("since", since), """
                select c.name, sum(o.total - o.tax), count(*), max(o.total), max(o.order_date)
                from orders.sales_order o left join accounting.customer c on c.id = o.customer and c.deleted_at is null
                where o.deleted_at is null and o.status in ('confirmed', 'shipped', 'delivered') and o.order_date >= ?
                group by 1 having count(*) >= 2 order by 2 desc limit 10""", since);
    }

    @Test
    void ticketsByMonthAndChannel() {
        LocalDate from = LocalDate.now().minusMonths(6);
        assertSameRows("support", "tickets_by_channel", Map.of("from", from), """
                select date_trunc('month', opened_on)::date, channel, count(*) from support.ticket
                where deleted_at is null and opened_on >= ?
                group by 1, 2""", from);
    }

    @Test
    void helpDeskRequestsByCategoryInTheLast90Days() {
        assertSameRows("it", "requests_by_category", Map.of(), """
                select category, status, count(*) from it.helpdesk_request
                where deleted_at is null and requested_at >= current_date - 89 and requested_at < current_date + 1
                group by 1, 2""");
    }

    @Test
    void expensesByQuarterAndAccount() {
        assertSameRows("accounting", "expenses_by_category", Map.of(), """
                select date_trunc('quarter', x.expense_date)::date, a.name, sum(x.amount_sar), avg(x.amount_sar)
                from accounting.expense x left join accounting.account a on a.id = x.account and a.deleted_at is null
                where x.deleted_at is null and x.approved
                  and x.expense_date >= date_trunc('year', current_date) - interval '1 year'
                  and x.expense_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2""");
    }

    @Test
    void receivablesByCustomer() {
        assertSameRows("accounting", "receivables_by_customer", Map.of(), """
                select c.name, case when current_date - i.due_date <= 30 then '0-30' when current_date - i.due_date <= 60 then '31-60'
                                    when current_date - i.due_date <= 90 then '61-90' else '90+' end,
                       sum(i.outstanding)
                from accounting.invoice i left join accounting.customer c on c.id = i.customer and c.deleted_at is null
                where i.deleted_at is null and i.status = 'posted' and i.outstanding > 0
                group by 1, 2 having sum(i.outstanding) > 0 order by 3 desc limit 200""");
    }

    @Test
    void evidenceByPeriod() {
        assertSameRows("compliance", "evidence_by_period", Map.of(), """
                select period, status, count(*), count(distinct obligation) from compliance.evidence
                where deleted_at is null group by 1, 2 order by 1 desc limit 40""");
    }

    @Test
    void whoIsOnLeaveToday() {
        LocalDate today = LocalDate.now();
        List<List<Object>> onLeave = sql.query("select 1 from hr.leave_request where deleted_at is null and status = 'approved'"
                + " and from_date <= current_date and to_date >= current_date", (rows, n) -> List.of());
        LocalDate day = onLeave.isEmpty() ? sql.queryForObject("select max(from_date) from hr.leave_request"
                + " where deleted_at is null and status = 'approved'", LocalDate.class) : today;
        assertSameRows("hr", "on_leave", Map.of("on_date", day), """
                select d.name, coalesce(e.first_name, '') || ' ' || coalesce(e.last_name, ''), r.type, r.to_date, count(*)
                from hr.leave_request r
                left join hr.employee e on e.id = r.employee and e.deleted_at is null
                left join hr.department d on d.id = e.department and d.deleted_at is null
                where r.deleted_at is null and r.status = 'approved' and r.from_date <= ? and r.to_date >= ?
                group by 1, 2, 3, 4""", day, day);
    }

    @Test
    void receiptsBySupplierThisYear() {
        assertSameRows("inventory", "receipts_by_supplier", Map.of(), """
                select s.name, s.city, count(*), count(distinct m.product), sum(m.value), avg(m.value)
                from inventory.stock_move m left join inventory.supplier s on s.id = m.supplier and s.deleted_at is null
                where m.deleted_at is null and m.move_type = 'in' and m.status = 'confirmed' and m.supplier is not null
                  and m.move_date >= date_trunc('year', current_date) and m.move_date < date_trunc('year', current_date) + interval '1 year'
                group by 1, 2 having sum(m.value) > 5000 order by 5 desc limit 10""");
    }

    @Test
    void everyBuiltInReportIsCheckedHere() {
        long reports = apps.definitions().apps().stream().mapToLong(app -> app.reports().size()).sum();
        long tests = java.util.Arrays.stream(BuiltInReportsTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count() - 1;

        assertThat(tests).as("one test per built-in report").isEqualTo(reports);
    }

    private void assertSameRows(String app, String reportId, Map<String, Object> params, String handWritten, Object... values) {
        ReportDef report = apps.definitions().app(app).flatMap(a -> a.report(reportId)).orElseThrow();
        List<List<Object>> reported = engine.run(ReportQueries.of(report), everything, params).rows().stream()
                .map(BuiltInReportsTest::normalised).toList();
        List<List<Object>> expected = sql.query(handWritten, (rows, n) -> {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                row.add(rows.getObject(i));
            }
            return normalised(row);
        }, values);

        assertThat(expected).as("the sample data gives the report %s.%s rows", app, reportId).isNotEmpty();
        assertThat(reported).as("%s.%s", app, reportId).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Values as comparable Java values: whole numbers as Long, decimals without trailing zeros, dates as LocalDate. */
    private static List<Object> normalised(List<Object> row) {
        return row.stream().map(BuiltInReportsTest::normalised).toList();
    }

    private static Object normalised(Object value) {
        return switch (value) {
            case Integer i -> i.longValue();
            case BigDecimal d -> d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            case java.sql.Date d -> d.toLocalDate();
            case Timestamp t -> normalised(t.toLocalDateTime());
            case LocalDateTime t -> t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate() : t;
            case null, default -> value;
        };
    }
}
