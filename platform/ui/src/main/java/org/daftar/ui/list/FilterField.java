package org.daftar.ui.list;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.ui.i18n.Language;

/**
 * The filter of one column, fitted to its kind: a text that contains or starts with what is typed,
 * a range of numbers or dates, some of a choice's options, a reference's display name, yes or no;
 * and, for every kind, empty or not empty. Its value is the {@link ColumnFilter} (null: no filter).
 * Its id is {@code filter-PATH}, with dots as dashes.
 */
final class FilterField extends CustomField<ColumnFilter> {

    /** What the filter tests. */
    enum Mode {
        VALUE, STARTS_WITH, EMPTY, NOT_EMPTY
    }

    private final ListField field;
    private final Select<Mode> mode = new Select<>();
    private final TextField text = new TextField();
    private final BigDecimalField numberFrom = new BigDecimalField();
    private final BigDecimalField numberTo = new BigDecimalField();
    private final DatePicker dateFrom = new DatePicker();
    private final DatePicker dateTo = new DatePicker();
    private final MultiSelectComboBox<String> options = new MultiSelectComboBox<>();
    private final Select<Boolean> yesNo = new Select<>();

    FilterField(ListField field, Language language, Function<String, String> texts) {
        this.field = field;
        setId("filter-" + field.path().replace('.', '-'));
        setLabel(field.label().in(language.code()));
        mode.setItems(modes());
        mode.setValue(Mode.VALUE);
        mode.setItemLabelGenerator(m -> switch (m) {
            case VALUE -> field.kind() == ListField.Kind.TEXT || field.kind() == ListField.Kind.REFERENCE
                    ? texts.apply("list.filter.contains") : texts.apply("list.filter.any");
            case STARTS_WITH -> texts.apply("list.filter.startsWith");
            case EMPTY -> texts.apply("list.filter.empty");
            case NOT_EMPTY -> texts.apply("list.filter.notEmpty");
        });
        mode.setWidth("9em");
        mode.addClassName("filter-mode");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        numberFrom.setPlaceholder(texts.apply("list.filter.from"));
        numberTo.setPlaceholder(texts.apply("list.filter.to"));
        dateFrom.setPlaceholder(texts.apply("list.filter.from"));
        dateTo.setPlaceholder(texts.apply("list.filter.to"));
        dateFrom.setLocale(language.locale());
        dateTo.setLocale(language.locale());
        options.setItems(field.options().stream().map(ChoiceOption::value).toList());
        options.setItemLabelGenerator(value -> field.optionLabel(value, language.code()));
        yesNo.setItems(true, false);
        yesNo.setEmptySelectionAllowed(true);
        yesNo.setEmptySelectionCaption(texts.apply("list.filter.any"));
        yesNo.setItemLabelGenerator(b -> b == null ? texts.apply("list.filter.any")
                : texts.apply(b ? "list.yes" : "list.no"));
        HorizontalLayout row = new HorizontalLayout(mode);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.add(inputs().toArray(Component[]::new));
        add(row);
        mode.addValueChangeListener(change -> {
            inputs().forEach(input -> input.setVisible(change.getValue() == Mode.VALUE || change.getValue() == Mode.STARTS_WITH));
            updateValue();
        });
        inputs().forEach(input -> ((HasValue<?, ?>) input).addValueChangeListener(change -> updateValue()));
    }

    ListField field() {
        return field;
    }

    /** The typing part of the filter: the text box, the range's ends, the options. */
    List<Component> inputs() {
        return switch (field.kind()) {
            case TEXT, REFERENCE -> List.of(text);
            case NUMBER -> List.of(numberFrom, numberTo);
            case DATE, DATE_TIME -> List.of(dateFrom, dateTo);
            case CHOICE -> List.of(options);
            case BOOLEAN -> List.of(yesNo);
            default -> List.of();
        };
    }

    private List<Mode> modes() {
        List<Mode> modes = new ArrayList<>(List.of(Mode.VALUE));
        if (field.kind() == ListField.Kind.TEXT) {
            modes.add(Mode.STARTS_WITH);
        }
        modes.addAll(List.of(Mode.EMPTY, Mode.NOT_EMPTY));
        return modes;
    }

    @Override
    protected ColumnFilter generateModelValue() {
        Mode chosen = mode.getValue() == null ? Mode.VALUE : mode.getValue();
        return switch (chosen) {
            case EMPTY -> new ColumnFilter.Empty();
            case NOT_EMPTY -> new ColumnFilter.NotEmpty();
            case STARTS_WITH -> blank(text.getValue()) ? null : new ColumnFilter.StartsWith(text.getValue().strip());
            case VALUE -> valueFilter();
        };
    }

    private ColumnFilter valueFilter() {
        return switch (field.kind()) {
            case TEXT, REFERENCE -> blank(text.getValue()) ? null : new ColumnFilter.Contains(text.getValue().strip());
            case NUMBER -> range(plain(numberFrom.getValue()), plain(numberTo.getValue()));
            case DATE, DATE_TIME -> range(iso(dateFrom.getValue()), iso(dateTo.getValue()));
            case CHOICE -> options.getValue().isEmpty() ? null : new ColumnFilter.OneOf(
                    field.options().stream().map(ChoiceOption::value).filter(options.getValue()::contains).toList());
            case BOOLEAN -> yesNo.getValue() == null ? null : new ColumnFilter.Is(yesNo.getValue());
            default -> null;
        };
    }

    @Override
    protected void setPresentationValue(ColumnFilter filter) {
        show(mode, switch (filter) {
            case ColumnFilter.Empty e -> Mode.EMPTY;
            case ColumnFilter.NotEmpty n -> Mode.NOT_EMPTY;
            case ColumnFilter.StartsWith s -> Mode.STARTS_WITH;
            case null, default -> Mode.VALUE;
        });
        inputs().forEach(input -> input.setVisible(mode.getValue() == Mode.VALUE || mode.getValue() == Mode.STARTS_WITH));
        show(text, switch (filter) {
            case ColumnFilter.Contains c -> c.text();
            case ColumnFilter.StartsWith s -> s.text();
            case null, default -> "";
        });
        ColumnFilter.Between range = filter instanceof ColumnFilter.Between b ? b : new ColumnFilter.Between(null, null);
        if (field.kind() == ListField.Kind.NUMBER) {
            show(numberFrom, range.from() == null ? null : new BigDecimal(range.from()));
            show(numberTo, range.to() == null ? null : new BigDecimal(range.to()));
        } else if (field.kind() == ListField.Kind.DATE || field.kind() == ListField.Kind.DATE_TIME) {
            show(dateFrom, range.from() == null ? null : LocalDate.parse(range.from()));
            show(dateTo, range.to() == null ? null : LocalDate.parse(range.to()));
        }
        show(options, filter instanceof ColumnFilter.OneOf oneOf ? new LinkedHashSet<>(oneOf.values()) : java.util.Set.of());
        show(yesNo, filter instanceof ColumnFilter.Is is ? is.value() : null);
    }

    /** Shows a value in one of the inputs; a value the input cannot take leaves it empty. */
    private static <V> void show(AbstractField<?, V> input, V value) {
        try {
            input.setValue(value);
        } catch (IllegalArgumentException e) {
            input.clear();
        }
    }

    private static ColumnFilter range(String from, String to) {
        return from == null && to == null ? null : new ColumnFilter.Between(from, to);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
