package org.daftar.model.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.app.UserAttribute;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.TypeChecker;
import org.daftar.model.expression.TypeScope;

/**
 * How expressions see fields: the {@link ExprType} of every field, computed fields included
 * (their type is their expression's unless they declare one), and the {@link TypeScope} of an
 * entity's records.
 */
public final class TypeResolver {

    /** What every user has, besides the attributes an app declares. */
    static final List<String> USER_BASICS = List.of("id", "username", "name", "email");

    private final Definitions definitions;
    private final FieldTypes fieldTypes;
    private final Map<String, ExprType> computed = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    public TypeResolver(Definitions definitions, FieldTypes fieldTypes) {
        this.definitions = definitions;
        this.fieldTypes = fieldTypes;
    }

    /** The entity a reference or lines field points to, as {@code app.entity}, if it exists. */
    public Optional<EntityDef> target(EntityDef owner, FieldDef field) {
        String ref = field.settings().entity();
        return ref == null ? Optional.empty() : definitions.entity(owner.appId(), ref);
    }

    public ExprType typeOf(EntityDef owner, FieldDef field) {
        Optional<FieldType> builtIn = field.builtInType();
        if (builtIn.isEmpty()) {
            return typeOfTypeName(field.type());
        }
        return switch (builtIn.get()) {
            case CHOICE -> field.settings().multiple() ? ExprType.MULTI_CHOICE : ExprType.TEXT;
            case REFERENCE -> target(owner, field).map(t -> ExprType.reference(t.qualifiedId())).orElse(ExprType.NULL);
            case LINES -> target(owner, field).map(t -> ExprType.lines(t.qualifiedId())).orElse(ExprType.NULL);
            case COMPUTED -> computedType(owner, field);
            default -> typeOfTypeName(field.type());
        };
    }

    /**
     * The type of a value of a type named alone, without a field's settings ({@code resultType},
     * parameters, user attributes): texts for the text-like types, a choice's single value.
     */
    public ExprType typeOfTypeName(String typeName) {
        return FieldType.named(typeName).map(type -> switch (type) {
            case INTEGER -> ExprType.INTEGER;
            case DECIMAL, MONEY, PERCENT -> ExprType.DECIMAL;
            case DATE -> ExprType.DATE;
            case DATE_TIME -> ExprType.DATETIME;
            case TIME -> ExprType.TIME;
            case BOOLEAN -> ExprType.BOOLEAN;
            case USER -> ExprType.USER;
            default -> ExprType.TEXT;
        }).orElseGet(() -> fieldTypes.custom(typeName).map(t -> t.valueType()).orElse(ExprType.NULL));
    }

    private ExprType computedType(EntityDef owner, FieldDef field) {
        if (field.settings().resultType() != null) {
            return typeOfTypeName(field.settings().resultType());
        }
        String key = owner.qualifiedId() + "." + field.name();
        ExprType known = computed.get(key);
        if (known != null) {
            return known;
        }
        if (field.settings().expression() == null || !inProgress.add(key)) {
            return ExprType.NULL; // a cycle, reported by ComputedCycles
        }
        try {
            ExprType type = TypeChecker.typeOf(Expressions.parse(field.settings().expression().text()), scope(owner, List.of(), false));
            computed.put(key, type);
            return type;
        } catch (RuntimeException e) {
            return ExprType.NULL; // reported where the field itself is checked
        } finally {
            inProgress.remove(key);
        }
    }

    /**
     * The scope of an entity's records; with {@code withUser}, {@code user} and its attributes
     * (the basic ones and {@code userAttributes}) may be read too.
     */
    public TypeScope scope(EntityDef entity, List<UserAttribute> userAttributes, boolean withUser) {
        return new EntityScope(entity, userAttributes, withUser);
    }

    /** The fields of an entity, and along references and lines, the fields of others. */
    private final class EntityScope implements TypeScope {
        private final EntityDef entity;
        private final List<UserAttribute> userAttributes;
        private final boolean withUser;

        EntityScope(EntityDef entity, List<UserAttribute> userAttributes, boolean withUser) {
            this.entity = entity;
            this.userAttributes = userAttributes;
            this.withUser = withUser;
        }

        @Override
        public Optional<ExprType> root(String name) {
            if (withUser && name.equals("user") && entity.field("user").isEmpty()) {
                return Optional.of(ExprType.USER);
            }
            return entity.field(name).map(field -> typeOf(entity, field));
        }

        @Override
        public Optional<ExprType> member(ExprType owner, String name) {
            if (owner.kind() == ExprType.Kind.USER) {
                if (USER_BASICS.contains(name)) {
                    return Optional.of(ExprType.TEXT);
                }
                return userAttributes.stream().filter(a -> a.id().equals(name)).findFirst().map(this::typeOfAttribute);
            }
            return entityOf(owner).flatMap(target -> target.field(name).map(field -> typeOf(target, field)));
        }

        private ExprType typeOfAttribute(UserAttribute attribute) {
            if (attribute.entity() != null && "reference".equals(attribute.type())) {
                return ExprType.reference(definitions.entity(entity.appId(), attribute.entity())
                        .map(EntityDef::qualifiedId).orElse(attribute.entity()));
            }
            return typeOfTypeName(attribute.type());
        }

        @Override
        public Collection<String> rootNames() {
            List<String> names = new java.util.ArrayList<>(entity.fields().stream().map(FieldDef::name).toList());
            if (withUser) {
                names.add("user");
            }
            return names;
        }

        @Override
        public Collection<String> memberNames(ExprType owner) {
            if (owner.kind() == ExprType.Kind.USER) {
                List<String> names = new java.util.ArrayList<>(USER_BASICS);
                userAttributes.forEach(a -> names.add(a.id()));
                return names;
            }
            return entityOf(owner).map(e -> e.fields().stream().map(FieldDef::name).toList()).orElse(List.of());
        }

        private Optional<EntityDef> entityOf(ExprType owner) {
            if (owner.entity() == null) {
                return Optional.empty();
            }
            return definitions.entity(entity.appId(), owner.entity());
        }
    }
}
