package org.daftar.ui.report;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.ReportDef;
import org.daftar.ui.i18n.Language;

/** The values a report asks for when it runs, prefilled with their defaults. */
public class ParameterForm extends Composite<FormLayout> {

    private final Map<ParameterDef, HasValue<?, ?>> fields = new LinkedHashMap<>();

    public ParameterForm(ReportDef report, Map<String, Object> defaults, Language language) {
        for (ParameterDef parameter : report.parameters()) {
            String label = parameter.label() != null ? parameter.label().in(language.code()) : parameter.id();
            Object value = defaults.get(parameter.id());
            AbstractField<?, ?> field;
            if ("date".equals(parameter.type())) {
                DatePicker picker = new DatePicker(label);
                picker.setValue((LocalDate) value);
                field = picker;
            } else {
                TextField text = new TextField(label);
                text.setValue(value == null ? "" : ResultGrid.text(value));
                field = text;
            }
            field.setId("report-param-" + parameter.id());
            fields.put(parameter, field);
            getContent().add((com.vaadin.flow.component.Component) field);
        }
        setVisible(!report.parameters().isEmpty());
    }

    /** The values entered, by parameter id, as the query engine takes them. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((parameter, field) -> values.put(parameter.id(),
                ReportParameters.convert(parameter.type(), field.getValue())));
        return values;
    }
}
