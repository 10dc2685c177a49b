package org.daftar.ui.form.render;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A date and time picked in the user's language and time zone; its value is the moment as the
 * record service stores it, an {@link OffsetDateTime}.
 */
public class MomentPicker extends AbstractCompositeField<DateTimePicker, MomentPicker, OffsetDateTime>
        implements HasLabel, HasHelper, HasValidationProperties {

    private final ZoneId zone;

    public MomentPicker(Locale locale, ZoneId zone) {
        super(null);
        this.zone = zone;
        getContent().setLocale(locale);
        getContent().addValueChangeListener(event ->
                setModelValue(event.getValue() == null ? null : event.getValue().atZone(zone).toOffsetDateTime(),
                        event.isFromClient()));
    }

    @Override
    protected boolean valueEquals(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    @Override
    protected void setPresentationValue(OffsetDateTime value) {
        getContent().setValue(value == null ? null : local(value));
    }

    /** The moment as shown: in the user's time zone. */
    public LocalDateTime getLocalValue() {
        return getContent().getValue();
    }

    /** Picks a moment in the user's time zone, as the user would. */
    public void setLocalValue(LocalDateTime value) {
        getContent().setValue(value);
    }

    private LocalDateTime local(OffsetDateTime value) {
        return value.atZoneSameInstant(zone).toLocalDateTime();
    }
}
