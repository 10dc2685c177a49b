package org.daftar.ui.form.render;

import java.util.function.LongConsumer;

/**
 * Lets a reference field create the record it should point to ("create new"): the form opens the
 * referenced entity's form and hands back the new record's id.
 */
@FunctionalInterface
public interface ReferenceCreator {

    /**
     * Opens a way to create a record of {@code entity} ({@code app.entity}); calls {@code created}
     * with its id once it is saved, never when the user gives up.
     */
    void create(String entity, String typedText, LongConsumer created);
}
