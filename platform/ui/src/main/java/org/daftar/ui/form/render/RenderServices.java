package org.daftar.ui.form.render;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.daftar.model.Definitions;
import org.daftar.plugin.render.RendererRegistry;
import org.daftar.query.schema.Catalog;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.form.live.LiveRecords;

/**
 * What the renderers of fields that reach beyond their own value need: references search the
 * referenced entity, lines render their cells and compute their lines, attachments upload and
 * download.
 *
 * @param gateway every read and write, for the signed-in user
 * @param definitions the entities, to find referenced and line entities
 * @param catalog how a referenced record is shown ({@link Catalog#displayTemplate})
 * @param live computed values and references as expressions see them
 * @param registry the registry the lines' cells are rendered with (the one these renderers are in)
 * @param creator opens "create new" for a reference field
 */
public record RenderServices(
        DataGateway gateway, Definitions definitions, Catalog catalog, LiveRecords live,
        Supplier<RendererRegistry> registry, ReferenceCreator creator, Clock clock) {

    public RenderServices {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(clock, "clock");
    }
}
