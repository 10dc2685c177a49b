package org.daftar.query.compile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Compiled statements by query shape (or SQL text), least recently used dropped beyond {@code capacity}. */
public final class ShapeCache<V> {

    private final Map<Object, V> entries;

    public ShapeCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, V> eldest) {
                return size() > capacity;
            }
        });
    }

    public V get(Object shape, Function<Object, V> compile) {
        V cached = entries.get(shape);
        if (cached != null) {
            return cached;
        }
        V compiled = compile.apply(shape);
        entries.put(shape, compiled);
        return compiled;
    }

    public int size() {
        return entries.size();
    }
}
