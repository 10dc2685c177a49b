package org.daftar.ui.form.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.report.Operator;
import org.daftar.query.Result;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.ui.data.DataGateway;

/**
 * Finds the records a reference field may point to, page by page, through the gateway's query
 * engine: the records whose display name ({@code "{name} ({code})"}, else the natural key) contains
 * the text typed, each shown by its display name. Remembers the names it has shown.
 *
 * <pre>{@code
 * ReferenceLookup customers = new ReferenceLookup(gateway, customerEntity, "{name} ({code})");
 * customers.page("noor", 0, 50);   // [Item[id=1, label=Al Noor Trading (C-0001)], ...]
 * customers.label(1L);            // "Al Noor Trading (C-0001)"
 * }</pre>
 */
public final class ReferenceLookup {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    /** A record offered: its id and how it is shown. */
    public record Item(long id, String label) {}

    private final DataGateway gateway;
    private final EntityDef target;
    private final String template;
    private final List<String> textFields;
    private final Map<Long, String> labels = new HashMap<>();

    /** @param template the target's display template, or {@code null} to show records by id */
    public ReferenceLookup(DataGateway gateway, EntityDef target, String template) {
        this.gateway = gateway;
        this.target = target;
        this.template = template;
        this.textFields = template == null ? List.of() : placeholders(template).stream()
                .filter(name -> target.field(name).filter(ReferenceLookup::isText).isPresent()).toList();
    }

    public EntityDef target() {
        return target;
    }

    /** The records whose display name contains {@code text} (any, when blank), in order. */
    public List<Item> page(String text, int offset, int limit) {
        List<String> columns = new ArrayList<>(List.of("id"));
        columns.addAll(textFields);
        Query query = Query.from(target.qualifiedId()).select(columns.toArray(String[]::new))
                .orderBy(Sort.asc(textFields.isEmpty() ? "id" : textFields.getFirst()), Sort.asc("id"))
                .offset(offset).limit(limit);
        if (text != null && !text.isBlank() && !textFields.isEmpty()) {
            query = query.where(new Filter.Any(textFields.stream()
                    .map(field -> Filter.of(field, Operator.CONTAINS, text.strip())).toList()));
        }
        Result result = gateway.run(query, Map.of());
        List<Item> items = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                values.put(result.columns().get(i), row.get(i));
            }
            long id = ((Number) values.get("id")).longValue();
            Item item = new Item(id, format(id, values));
            labels.put(id, item.label());
            items.add(item);
        }
        return items;
    }

    /** How the record {@code id} is shown; read through the gateway when not seen yet. */
    public String label(Long id) {
        if (id == null) {
            return "";
        }
        return labels.computeIfAbsent(id, key -> {
            Optional<Map<String, Object>> record = gateway.read(target.qualifiedId(), key);
            return record.map(values -> format(key, values)).orElse("#" + key);
        });
    }

    private String format(long id, Map<String, Object> values) {
        return format(template, id, values);
    }

    /**
     * How a record is shown by a display template ({@code "{name} ({code})"}): its values in the
     * placeholders, or {@code #id} when there is no template or it gives nothing.
     */
    public static String format(String template, Long id, Map<String, Object> values) {
        if (template == null) {
            return "#" + id;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        matcher.appendTail(text);
        String label = text.toString().strip();
        return label.isEmpty() ? "#" + id : label;
    }

    /** The field names of a display template's placeholders, in order: {@code "{name} ({code})"} gives name, code. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static boolean isText(FieldDef field) {
        return field.builtInType().map(type -> type == FieldType.TEXT || type == FieldType.EMAIL
                || type == FieldType.PHONE || type == FieldType.URL || type == FieldType.AUTO_NUMBER
                || type == FieldType.LONG_TEXT).orElse(false);
    }
}
