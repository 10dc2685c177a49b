package org.daftar.model.expression;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shortcuts for the expression tests: parse, type and evaluate against a sample invoice. */
final class Fixtures {

    /** 2026-03-15 10:30 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:30:00Z"), ZoneOffset.UTC);

    static final Map<String, Object> ALICE = Map.of("name", "Alice", "department", "sales");
    static final Map<String, Object> BOB = Map.of("name", "Bob", "department", "stores");
    static final Map<String, Object> ACME = Map.of("name", "Acme", "city", "Riyadh",
            "credit_limit", new BigDecimal("5000.00"), "account_manager", ALICE);
    static final Map<String, Object> PEN = Map.of("name", "Pen", "price", new BigDecimal("2.50"));
    static final Map<String, Object> INK = Map.of("name", "Ink", "price", new BigDecimal("7.25"));

    private Fixtures() {}

    static Expression parse(String text) {
        return Expressions.parse(text);
    }

    static ExprType typeOf(String text) {
        return TypeChecker.typeOf(parse(text), InvoiceTypes.SCOPE);
    }

    /** The value of {@code text} for the sample invoice. */
    static Object eval(String text) {
        return eval(text, invoice());
    }

    static Object eval(String text, Map<String, ?> record) {
        return Evaluator.evaluate(parse(text), new MapValues(record), CLOCK);
    }

    /** A sample invoice: 4 pens and 2 inks for Acme, owned by Alice. */
    static Map<String, Object> invoice() {
        Map<String, Object> invoice = new HashMap<>();
        invoice.put("number", "INV-0001");
        invoice.put("status", "open");
        invoice.put("first_name", "Sara");
        invoice.put("last_name", "Haddad");
        invoice.put("note", null);
        invoice.put("quantity", 3L);
        invoice.put("unit_price", new BigDecimal("2.50"));
        invoice.put("vat_rate", new BigDecimal("15"));
        invoice.put("paid", false);
        invoice.put("issued", LocalDate.of(2026, 1, 31));
        invoice.put("due_date", LocalDate.of(2026, 3, 2));
        invoice.put("tags", new LinkedHashSet<>(List.of("urgent", "export")));
        invoice.put("customer", ACME);
        invoice.put("owner", ALICE);
        invoice.put("user", ALICE);
        invoice.put("lines", List.of(
                line(PEN, 4L, "10.00", "Blue pens"),
                line(INK, 2L, "14.50", "Black ink")));
        return invoice;
    }

    static Map<String, Object> line(Map<String, Object> product, Long quantity, String amount, String description) {
        Map<String, Object> line = new HashMap<>();
        line.put("product", product);
        line.put("quantity", quantity);
        line.put("amount", amount == null ? null : new BigDecimal(amount));
        line.put("description", description);
        return line;
    }

    /** The sample invoice with some fields changed; a null value empties a field. */
    static Map<String, Object> invoiceWith(Object... namesAndValues) {
        Map<String, Object> invoice = invoice();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            invoice.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return invoice;
    }

    static ExpressionException parseError(String text) {
        return error(() -> Expressions.parse(text));
    }

    static ExpressionException typeError(String text) {
        return error(() -> typeOf(text));
    }

    static ExpressionException evalError(String text) {
        return error(() -> eval(text));
    }

    private static ExpressionException error(Runnable action) {
        try {
            action.run();
        } catch (ExpressionException e) {
            return e;
        }
        throw new AssertionError("Expected an ExpressionException");
    }

    static Set<String> setOf(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
