package org.daftar.model.expression;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link TypeScope} for an invoice: its fields, its customer, its lines and the user. */
final class InvoiceTypes implements TypeScope {

    static final InvoiceTypes SCOPE = new InvoiceTypes();

    private static final Map<String, ExprType> INVOICE = fields(
            "number", ExprType.TEXT,
            "status", ExprType.TEXT,
            "first_name", ExprType.TEXT,
            "last_name", ExprType.TEXT,
            "note", ExprType.TEXT,
            "quantity", ExprType.INTEGER,
            "unit_price", ExprType.DECIMAL,
            "vat_rate", ExprType.DECIMAL,
            "paid", ExprType.BOOLEAN,
            "issued", ExprType.DATE,
            "due_date", ExprType.DATE,
            "created", ExprType.DATETIME,
            "opens_at", ExprType.TIME,
            "tags", ExprType.MULTI_CHOICE,
            "customer", ExprType.reference("customer"),
            "supplier", ExprType.reference("supplier"),
            "warehouse", ExprType.reference("warehouse"),
            "lines", ExprType.lines("invoice_line"),
            "owner", ExprType.USER,
            "user", ExprType.USER,
            "الكمية", ExprType.INTEGER);

    private static final Map<String, Map<String, ExprType>> ENTITIES = Map.of(
            "customer", fields("name", ExprType.TEXT, "city", ExprType.TEXT,
                    "credit_limit", ExprType.DECIMAL, "account_manager", ExprType.USER),
            "supplier", fields("name", ExprType.TEXT),
            "warehouse", fields("name", ExprType.TEXT),
            "product", fields("name", ExprType.TEXT, "price", ExprType.DECIMAL),
            "invoice_line", fields("product", ExprType.reference("product"),
                    "quantity", ExprType.INTEGER, "amount", ExprType.DECIMAL,
                    "description", ExprType.TEXT, "delivered", ExprType.DATE,
                    "serials", ExprType.lines("serial")),
            "serial", fields("code", ExprType.TEXT));

    private static final Map<String, ExprType> USER_ATTRIBUTES = fields(
            "department", ExprType.TEXT, "warehouse", ExprType.reference("warehouse"));

    @Override
    public Optional<ExprType> root(String name) {
        return Optional.ofNullable(INVOICE.get(name));
    }

    @Override
    public Optional<ExprType> member(ExprType owner, String name) {
        return Optional.ofNullable(membersOf(owner).get(name));
    }

    @Override
    public Collection<String> rootNames() {
        return INVOICE.keySet();
    }

    @Override
    public Collection<String> memberNames(ExprType owner) {
        return membersOf(owner).keySet();
    }

    private static Map<String, ExprType> membersOf(ExprType owner) {
        return switch (owner.kind()) {
            case USER -> USER_ATTRIBUTES;
            case REFERENCE, LINES -> ENTITIES.getOrDefault(owner.entity(), Map.of());
            default -> Map.of();
        };
    }

    private static Map<String, ExprType> fields(Object... namesAndTypes) {
        Map<String, ExprType> fields = new LinkedHashMap<>();
        List<Object> list = List.of(namesAndTypes);
        for (int i = 0; i < list.size(); i += 2) {
            fields.put((String) list.get(i), (ExprType) list.get(i + 1));
        }
        return fields;
    }
}
