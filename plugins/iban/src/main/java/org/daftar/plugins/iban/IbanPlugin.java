package org.daftar.plugins.iban;

import java.util.List;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.plugin.DaftarPlugin;
import org.daftar.plugin.render.FieldRenderer;

/** The IBAN plugin: the field type {@code iban} and its renderer. */
public final class IbanPlugin implements DaftarPlugin {

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public List<CustomFieldType> fieldTypes() {
        return List.of(new IbanFieldType());
    }

    @Override
    public List<FieldRenderer> renderers() {
        return List.of(new IbanFieldRenderer());
    }
}
