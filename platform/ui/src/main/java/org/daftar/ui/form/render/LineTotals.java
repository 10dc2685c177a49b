package org.daftar.ui.form.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * The totals of the numeric columns of lines, as the footer of their grid shows them: every column
 * of a numeric type, or holding numbers, is summed (an empty one totals zero), except percentages,
 * which do not add up.
 */
final class LineTotals {

    private LineTotals() {}

    /** Puts the totals of {@code columns} over {@code lines} into {@code totals}, by column, in the columns' order. */
    static void sum(List<FieldDef> columns, List<Line> lines, Map<String, BigDecimal> totals) {
        totals.clear();
        for (FieldDef column : columns) {
            BigDecimal sum = null;
            for (Line line : lines) {
                if (line.values.get(column.name()) instanceof Number number) {
                    sum = (sum == null ? BigDecimal.ZERO : sum).add(new BigDecimal(number.toString()));
                }
            }
            boolean numeric = column.builtInType().map(type -> type.isNumeric()).orElse(false) || sum != null;
            if (numeric && !column.is(FieldType.PERCENT)) {
                totals.put(column.name(), sum == null ? BigDecimal.ZERO : sum);
            }
        }
    }

    /** {@code total} as the footer shows it: with the column's decimals (none for integers, 2 when unset). */
    static String text(FieldDef column, BigDecimal total, Locale locale) {
        int scale = column.is(FieldType.INTEGER) ? 0
                : column.settings().scale() != null ? column.settings().scale() : 2;
        return new ValueText(locale).of(total.setScale(scale, RoundingMode.HALF_UP));
    }
}
