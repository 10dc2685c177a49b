package org.daftar.plugins.iban;

import com.vaadin.flow.component.Component;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugin.render.Testers;

/**
 * Shows {@code iban} fields in an {@link IbanField}. It ranks {@link RankedTester#TYPE_SPECIFIC},
 * above the text field that shows any text value ({@link RankedTester#GENERIC}).
 */
public final class IbanFieldRenderer implements FieldRenderer {

    private static final RankedTester TESTER =
            Testers.rankWith(RankedTester.TYPE_SPECIFIC, Testers.isType(IbanFieldType.NAME));

    @Override
    public int rank(FieldContext context) {
        return TESTER.rank(context);
    }

    @Override
    public Component render(FieldContext context) {
        IbanField field = new IbanField(context.label());
        field.setHelperText(context.help());
        field.setReadOnly(context.readOnly());
        field.setRequiredIndicatorVisible(context.field().required() && !context.readOnly());
        return field;
    }
}
