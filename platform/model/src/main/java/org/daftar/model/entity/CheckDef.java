package org.daftar.model.entity;

import java.util.List;
import org.daftar.model.ExpressionText;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A cross-field rule checked on every save: {@code rule} must be true, otherwise {@code message}
 * is shown at {@code fields}.
 */
public record CheckDef(String id, ExpressionText rule, List<String> fields, LocalizedText message, SourceRef at) {

    public CheckDef {
        fields = List.copyOf(fields);
    }
}
