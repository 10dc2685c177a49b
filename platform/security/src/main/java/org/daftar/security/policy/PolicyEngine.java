package org.daftar.security.policy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.model.role.PermissionDef.FieldAccess;
import org.daftar.query.model.Filter;
import org.daftar.query.schema.ReadableSchema;

/**
 * The one policy engine: from the roles of the definitions and the built-in roles, what a user may
 * do with each entity and what the user may read. Every path asks it (through the facades of
 * {@code org.daftar.security.access}); nothing else decides.
 *
 * <pre>{@code
 * PolicyEngine policy = new PolicyEngine(definitions);
 * UserContext huda = policy.context("huda", Set.of("hr.department_manager"),
 *         Map.of("hr", Map.of("department", "12")), Locale.ENGLISH);
 * policy.rights(huda, "hr.employee").hidden();       // [salary, housing_allowance, ...]
 * ReadableSchema readable = policy.readableSchema(huda); // employee rows: department = 12
 * }</pre>
 *
 * <p>Thread-safe; one per set of definitions. Rights and readable schemas are cached per user
 * context (name, roles, attributes, language), so a changed role or attribute is a new context.
 */
public final class PolicyEngine {

    private static final int CACHED_USERS = 1_000;

    private final Definitions definitions;
    private final Map<String, Role> roles;
    private final Map<String, List<String>> fieldNames = new LinkedHashMap<>();
    private final Map<UserContext, ReadableSchema> readable = new ConcurrentHashMap<>();
    private final Map<UserContext, Map<String, EntityRights>> rights = new ConcurrentHashMap<>();

    public PolicyEngine(Definitions definitions) {
        this.definitions = definitions;
        this.roles = RoleGrants.of(definitions);
        for (App app : definitions.apps()) {
            for (EntityDef entity : app.entities()) {
                fieldNames.put(entity.qualifiedId(), entity.fields().stream().map(FieldDef::name).toList());
            }
        }
    }

    /** Every role a user may be given: the built-in ones first, then those of the definitions. */
    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    /** The user with the attribute values typed by the apps' {@code userAttributes} (unknown ones are dropped). */
    public UserContext context(String username, Set<String> roleNames, Map<String, Map<String, String>> attributes,
            Locale locale) {
        return new UserContext(username, roleNames, UserAttributes.typed(definitions, attributes), locale);
    }

    public Set<Capability> capabilities(UserContext user) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String name : user.roles()) {
            Role role = roles.get(name);
            if (role != null) {
                capabilities.addAll(role.capabilities());
            }
        }
        return capabilities;
    }

    public boolean has(UserContext user, Capability capability) {
        return capabilities(user).contains(capability);
    }

    /** What {@code user} may do with records of {@code entity} ({@code app.entity}). */
    public EntityRights rights(UserContext user, String entity) {
        if (rights.size() >= CACHED_USERS) {
            rights.clear();
        }
        return rights.computeIfAbsent(user, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(entity, key -> computeRights(user, key));
    }

    private EntityRights computeRights(UserContext user, String entity) {
        List<Grant> grants = user.roles().stream().map(roles::get).filter(java.util.Objects::nonNull)
                .flatMap(role -> role.grants().stream()).filter(grant -> grant.entity().equals(entity)).toList();
        if (grants.isEmpty()) {
            return EntityRights.none(entity);
        }
        Set<Action> actions = EnumSet.noneOf(Action.class);
        grants.forEach(grant -> actions.addAll(grant.actions()));
        Map<Action, Filter> rows = new EnumMap<>(Action.class);
        for (Action action : actions) {
            rows.put(action, RowRules.anyOf(giving(grants, action), user));
        }
        Set<String> hidden = restrictedByAll(giving(grants, Action.READ), FieldAccess.HIDDEN);
        List<Grant> writing = grants.stream().filter(g -> g.gives(Action.CREATE) || g.gives(Action.UPDATE)).toList();
        Set<String> readOnly = restrictedByAll(writing, FieldAccess.READ_ONLY, FieldAccess.HIDDEN);
        readOnly.removeAll(hidden);
        return new EntityRights(entity, actions, hidden, readOnly, rows);
    }

    /**
     * What {@code user} may read, for the query engine: every entity with the read action, its
     * fields but the hidden ones, and the read row filter.
     */
    public ReadableSchema readableSchema(UserContext user) {
        ReadableSchema cached = readable.get(user);
        if (cached != null) {
            return cached;
        }
        ReadableSchema.Builder builder = ReadableSchema.builder();
        for (var entity : fieldNames.entrySet()) {
            EntityRights entityRights = rights(user, entity.getKey());
            if (!entityRights.may(Action.READ)) {
                continue;
            }
            Set<String> fields = entityRights.hidden().isEmpty() ? Set.of()
                    : Set.copyOf(entity.getValue().stream().filter(f -> !entityRights.hidden().contains(f)).toList());
            builder.entity(entity.getKey(), fields, entityRights.rows(Action.READ));
        }
        ReadableSchema schema = builder.build();
        if (readable.size() >= CACHED_USERS) {
            readable.clear();
        }
        readable.put(user, schema);
        return schema;
    }

    /** Every entity, every field, every row: what a query is checked against to tell a refusal from a mistake. */
    public ReadableSchema everything() {
        ReadableSchema.Builder builder = ReadableSchema.builder();
        fieldNames.keySet().forEach(entity -> builder.entity(entity, Set.of(), Filter.NONE));
        return builder.build();
    }

    /** The definitions the engine reads. */
    public Definitions definitions() {
        return definitions;
    }

    private static List<Grant> giving(List<Grant> grants, Action action) {
        return grants.stream().filter(grant -> grant.gives(action)).toList();
    }

    /** Fields that every one of {@code grants} restricts with one of {@code accesses}. */
    private static Set<String> restrictedByAll(List<Grant> grants, FieldAccess... accesses) {
        Set<String> restricted = new HashSet<>();
        if (grants.isEmpty()) {
            return restricted;
        }
        restricted.addAll(grants.getFirst().fields().keySet());
        restricted.removeIf(field -> !grants.stream().allMatch(grant -> grant.restricts(field, accesses)));
        return restricted;
    }
}
