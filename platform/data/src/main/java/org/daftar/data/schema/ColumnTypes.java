package org.daftar.data.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExprType;
import org.daftar.model.link.TypeResolver;

/** The PostgreSQL type and column checks of each kind of field. */
public final class ColumnTypes {

    static final int CHOICE_LENGTH = 63;

    private final TypeResolver types;

    public ColumnTypes(TypeResolver types) {
        this.types = types;
    }

    /** The column of a field; empty for a lines field, whose records are a table of their own. */
    public Optional<ColumnSpec> columnOf(EntityDef entity, FieldDef field) {
        if (field.is(FieldType.LINES)) {
            return Optional.empty();
        }
        boolean notNull = field.required() && !field.is(FieldType.COMPUTED) || field.is(FieldType.AUTO_NUMBER);
        return Optional.of(new ColumnSpec(field.id(), field.name(), sqlType(entity, field), notNull, checks(field)));
    }

    String sqlType(EntityDef entity, FieldDef field) {
        FieldSettings s = field.settings();
        Optional<FieldType> builtIn = field.builtInType();
        if (builtIn.isEmpty()) {
            return ofExpressionType(types.typeOf(entity, field), s.scale());
        }
        return switch (builtIn.get()) {
            case TEXT -> varchar(s.maxLength(), 255);
            case LONG_TEXT -> varchar(s.maxLength(), 10_000);
            case EMAIL -> varchar(s.maxLength(), 254);
            case PHONE -> varchar(s.maxLength(), 32);
            case URL -> varchar(s.maxLength(), 2000);
            case INTEGER -> "bigint";
            case DECIMAL, MONEY -> numeric(orDefault(s.precision(), 18), orDefault(s.scale(), 2));
            case PERCENT -> numeric(9, orDefault(s.scale(), 2));
            case DATE -> "date";
            case DATE_TIME -> "timestamptz";
            case TIME -> "time";
            case BOOLEAN -> "boolean";
            case CHOICE -> s.multiple() ? "varchar(" + CHOICE_LENGTH + ")[]" : "varchar(" + CHOICE_LENGTH + ")";
            case REFERENCE -> "bigint";
            case USER -> "varchar(100)";
            case ATTACHMENT -> "jsonb";
            case AUTO_NUMBER -> "varchar(64)";
            case COMPUTED -> ofExpressionType(types.typeOf(entity, field), s.scale());
            case LINES -> throw new IllegalArgumentException("A lines field has no column");
        };
    }

    /** The column type of a computed value or a plugin type's value. */
    static String ofExpressionType(ExprType type, Integer scale) {
        return switch (type.kind()) {
            case INTEGER -> "bigint";
            case DECIMAL -> scale != null ? numeric(18, scale) : "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case DATETIME -> "timestamptz";
            case TIME -> "time";
            case REFERENCE -> "bigint";
            case MULTI_CHOICE -> "varchar(" + CHOICE_LENGTH + ")[]";
            default -> "text";
        };
    }

    private static List<String> checks(FieldDef field) {
        List<String> checks = new ArrayList<>();
        String column = Sql.quote(field.name());
        if (field.is(FieldType.CHOICE) && !field.settings().options().isEmpty()) {
            String values = field.settings().options().stream().map(ChoiceOption::value).map(Sql::literal)
                    .collect(Collectors.joining(", "));
            checks.add(field.settings().multiple()
                    ? column + " <@ array[" + values + "]::varchar(" + CHOICE_LENGTH + ")[]"
                    : column + " in (" + values + ")");
        }
        if (field.builtInType().map(FieldType::isNumeric).orElse(false)) {
            BigDecimal min = field.settings().minNumber();
            BigDecimal max = field.settings().maxNumber();
            if (min != null) {
                checks.add(column + " >= " + min.toPlainString());
            }
            if (max != null) {
                checks.add(column + " <= " + max.toPlainString());
            }
        }
        return checks;
    }

    private static String varchar(Integer length, int fallback) {
        return "varchar(" + (length != null ? length : fallback) + ")";
    }

    private static String numeric(int precision, int scale) {
        return "numeric(" + precision + "," + scale + ")";
    }

    private static int orDefault(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
