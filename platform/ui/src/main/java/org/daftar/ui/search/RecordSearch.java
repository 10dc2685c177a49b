package org.daftar.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.daftar.query.Result;
import org.daftar.ui.data.DataGateway;

/**
 * Runs a global search: one small query per entity ({@value #PER_ENTITY} records at most, the
 * newest first), each through the gateway, so the user finds only what the policy engine lets them
 * read. Text shorter than {@value #MIN_LENGTH} characters finds nothing: a single letter would
 * match most records of every entity.
 *
 * <pre>{@code
 * new RecordSearch(gateway).find(targets, "00005");
 * // [Group[label=Order, hits=[Hit[name=ORD-2026-00005, path=apps/shop/forms/sales_order/5]]]]
 * }</pre>
 */
public final class RecordSearch {

    /** The records shown per entity. */
    public static final int PER_ENTITY = 5;
    /** The shortest text searched. */
    public static final int MIN_LENGTH = 2;

    private static final System.Logger LOG = System.getLogger(RecordSearch.class.getName());

    /** A record found: its display name and the form that opens it. */
    public record Hit(String name, String path) {}

    /** The records found in one entity. */
    public record Group(LocalizedText label, List<Hit> hits) {
        public Group {
            hits = List.copyOf(hits);
        }
    }

    private final DataGateway gateway;

    public RecordSearch(DataGateway gateway) {
        this.gateway = gateway;
    }

    /** The entities with records containing {@code text}, in the order of {@code targets}. */
    public List<Group> find(List<SearchTarget> targets, String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < MIN_LENGTH) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        for (SearchTarget target : targets) {
            List<Hit> hits = hits(target, wanted);
            if (!hits.isEmpty()) {
                groups.add(new Group(target.label(), hits));
            }
        }
        return groups;
    }

    private List<Hit> hits(SearchTarget target, String text) {
        Result result;
        try {
            result = gateway.run(target.query(text, PER_ENTITY), Map.of());
        } catch (RuntimeException refused) {
            // One entity the user cannot search (refused, or a definition the engine rejects) leaves the others.
            LOG.log(System.Logger.Level.WARNING, "Search in " + target.entity().qualifiedId() + " failed", refused);
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                values.put(result.columns().get(i), row.get(i));
            }
            long id = ((Number) values.get("id")).longValue();
            hits.add(new Hit(target.name(id, values), target.path(id)));
        }
        return hits;
    }
}
