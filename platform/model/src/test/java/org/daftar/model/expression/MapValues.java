package org.daftar.model.expression;

import java.util.Map;

/** A {@link ValueScope} over a record held as a map; references, users and lines rows are maps too. */
record MapValues(Map<String, ?> record) implements ValueScope {

    @Override
    public Object root(String name) {
        return record.get(name);
    }

    @Override
    public Object member(Object owner, String name) {
        if (!(owner instanceof Map<?, ?> map)) {
            throw new AssertionError("The evaluator asked " + owner + " for '" + name + "'");
        }
        return map.get(name);
    }
}
