package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.daftar.model.entity.FieldType;
import org.daftar.model.report.Condition;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;

/**
 * The filters of a report being built, as chips ({@code Status in confirmed ×}): pick a field, an
 * operator and a value, a relative period ({@code in-period}), or "ask when run" to make the value
 * a parameter.
 */
public class FilterChips extends Composite<VerticalLayout> {

    private final ReportDraft draft;
    private final Runnable changed;
    private final ComboBox<FieldPath> field = new ComboBox<>();
    private final Select<Operator> operator = new Select<>();
    private final TextField value = new TextField();
    private final Select<Period> period = new Select<>();
    private final Checkbox asked = new Checkbox();
    private final FlexLayout chips = new FlexLayout();

    /**
     * @param changed called after a filter is added or removed
     */
    public FilterChips(ReportDraft draft, List<FieldPath> fields, Runnable changed) {
        this.draft = draft;
        this.changed = changed;
        field.setLabel(getTranslation("report.filter.field"));
        field.setId("filter-field");
        field.setItems(fields);
        field.setItemLabelGenerator(FieldPath::label);
        operator.setLabel(getTranslation("report.filter.operator"));
        operator.setId("filter-operator");
        operator.setItems(Operator.values());
        operator.setItemLabelGenerator(Operator::token);
        operator.setValue(Operator.EQ);
        value.setLabel(getTranslation("report.filter.value"));
        value.setId("filter-value");
        value.setHelperText(getTranslation("report.filter.valueHelp"));
        period.setLabel(getTranslation("report.filter.period"));
        period.setId("filter-period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("report.period." + p.token()));
        asked.setLabel(getTranslation("report.filter.asked"));
        asked.setId("filter-asked");
        operator.addValueChangeListener(e -> showValueInput());
        asked.addValueChangeListener(e -> showValueInput());
        Button add = new Button(getTranslation("report.filter.add"), e -> add());
        add.setId("filter-add");
        HorizontalLayout row = new HorizontalLayout(field, operator, value, period, asked, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.getStyle().set("gap", "var(--lumo-space-s)");
        chips.setId("filter-chips");
        getContent().setPadding(false);
        getContent().add(row, chips);
        draft.filters().forEach(this::chip);
        showValueInput();
    }

    private void showValueInput() {
        Operator op = operator.getValue();
        boolean inPeriod = op == Operator.IN_PERIOD;
        period.setVisible(inPeriod && !asked.getValue());
        value.setVisible(op != null && !op.isUnary() && !inPeriod && !asked.getValue());
        asked.setVisible(op != null && !op.isUnary() && !op.takesList() && !inPeriod);
    }

    private void add() {
        FieldPath path = field.getValue();
        Operator op = operator.getValue();
        if (path == null || op == null) {
            field.setInvalid(path == null);
            return;
        }
        Condition.Compare condition;
        try {
            if (asked.isVisible() && asked.getValue()) {
                condition = draft.filterAsked(path.path(), op, parameterType(path), path.label());
            } else if (op == Operator.IN_PERIOD) {
                if (period.getValue() == null) {
                    period.setInvalid(true);
                    return;
                }
                condition = draft.filter(path.path(), op, period.getValue());
            } else {
                condition = draft.filter(path.path(), op, op.isUnary() ? null : typed(path, op, value.getValue()));
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            value.setErrorMessage(getTranslation("report.filter.notNumber"));
            value.setInvalid(true);
            return;
        }
        value.setInvalid(false);
        value.clear();
        chip(condition);
        changed.run();
    }

    private void chip(Condition.Compare condition) {
        Span text = new Span(describe(condition));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("report.filter.remove"));
        HorizontalLayout chip = new HorizontalLayout(text, remove);
        chip.setSpacing(false);
        chip.setAlignItems(FlexComponent.Alignment.CENTER);
        chip.addClassName("daftar-chip");
        chip.getElement().getThemeList().add("badge");
        remove.addClickListener(e -> {
            draft.removeFilter(condition);
            chips.remove(chip);
            changed.run();
        });
        chips.add(chip);
    }

    /** {@code Customer › Region = central}; the value of an asked filter shows as {@code ?}. */
    private String describe(Condition.Compare condition) {
        String label = field.getListDataView().getItems().filter(p -> p.path().equals(condition.field().path()))
                .map(FieldPath::label).findFirst().orElse(condition.field().path());
        Object v = condition.value();
        String shown = switch (v) {
            case null -> "";
            case Condition.ParamRef ref -> "?";
            case Period p -> getTranslation("report.period." + p.token());
            case List<?> list -> String.join(", ", list.stream().map(ResultGrid::text).toList());
            default -> ResultGrid.text(v);
        };
        return (label + " " + condition.op().token() + " " + shown).trim();
    }

    private static Object typed(FieldPath path, Operator op, String text) {
        if (op.takesList()) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(item -> single(path, item)).toList();
        }
        return single(path, text.trim());
    }

    private static Object single(FieldPath path, String text) {
        if (path.isNumber()) {
            return new BigDecimal(text);
        }
        if (path.isDate()) {
            return java.time.LocalDate.parse(text);
        }
        if (path.field().is(FieldType.BOOLEAN)) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static String parameterType(FieldPath path) {
        if (path.isDate()) {
            return "date";
        }
        if (path.field().is(FieldType.INTEGER)) {
            return "integer";
        }
        return path.isNumber() ? "decimal" : "text";
    }
}
