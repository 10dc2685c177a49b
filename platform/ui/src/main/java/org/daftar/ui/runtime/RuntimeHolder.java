package org.daftar.ui.runtime;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The snapshot every screen runs on now, replaced in one step when definitions are published.
 * Readers call {@link #current()} and keep what it gave for as long as they need one consistent
 * set (a view for its life, a singleton for one call).
 *
 * <pre>{@code
 * RuntimeHolder holder = RuntimeHolder.of(new RuntimeFactory(dataSource, fieldTypes).build(definitions));
 * Definitions now = holder.current().definitions();
 * holder.swap(newSnapshot);                 // the next navigation sees the new definitions
 * }</pre>
 */
public final class RuntimeHolder implements Supplier<RuntimeSnapshot> {

    private final AtomicReference<RuntimeSnapshot> current;
    private final List<Consumer<RuntimeSnapshot>> listeners = new CopyOnWriteArrayList<>();

    private RuntimeHolder(RuntimeSnapshot first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first, "first"));
    }

    /** A holder starting with {@code first}. */
    public static RuntimeHolder of(RuntimeSnapshot first) {
        return new RuntimeHolder(first);
    }

    /** The snapshot in force. */
    public RuntimeSnapshot current() {
        return current.get();
    }

    @Override
    public RuntimeSnapshot get() {
        return current();
    }

    /** Makes {@code next} the snapshot in force and tells the listeners; returns the one it replaced. */
    public RuntimeSnapshot swap(RuntimeSnapshot next) {
        RuntimeSnapshot previous = current.getAndSet(Objects.requireNonNull(next, "next"));
        listeners.forEach(listener -> listener.accept(next));
        return previous;
    }

    /** Calls {@code listener} with every snapshot swapped in from now on (on the publishing thread). */
    public void onSwap(Consumer<RuntimeSnapshot> listener) {
        listeners.add(listener);
    }
}
