package org.daftar.ui.form.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.daftar.ui.data.DataGateway;

/**
 * The records a form's references point to, read through the gateway once each and kept while
 * the form is open ({@code product.stock} in a rule or a computed field).
 */
public final class ReferencedValues {

    private final DataGateway gateway;
    private final Map<String, Optional<Map<String, Object>>> read = new HashMap<>();

    public ReferencedValues(DataGateway gateway) {
        this.gateway = gateway;
    }

    /** The record {@code id} of {@code entity}, or empty when the user cannot read it. */
    public Optional<Map<String, Object>> get(String entity, long id) {
        return read.computeIfAbsent(entity + "#" + id, key -> gateway.read(entity, id));
    }

    /** Forgets what was read, so that the next evaluation reads the records again. */
    public void clear() {
        read.clear();
    }
}
