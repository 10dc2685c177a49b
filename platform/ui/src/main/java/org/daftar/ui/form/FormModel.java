package org.daftar.ui.form;

import java.util.List;
import java.util.Optional;
import org.daftar.data.record.table.EntityTable;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.form.SectionDef;

/**
 * A form definition with the entity it edits and that entity's table.
 *
 * @param form the form definition
 * @param entity the entity it edits
 * @param table the entity as the record service computes it (columns, computed fields, lines)
 * @param defined true for a form of the definitions, false for one made of all the entity's fields
 */
public record FormModel(FormDef form, EntityDef entity, EntityTable table, boolean defined) {

    /** The form {@code formId} of the app {@code appId}, if there is one. */
    static Optional<FormModel> find(Definitions definitions, FormSupport support, String appId, String formId) {
        return definitions.app(appId).flatMap(app -> app.form(formId)).flatMap(form ->
                definitions.entity(form.appId(), form.entity()).map(entity ->
                        new FormModel(form, entity, support.live().table(entity.qualifiedId()), true)));
    }

    /**
     * The first form of {@code entity}'s app that edits it or, when there is none, a form of all
     * its fields in one section (for "create new" from a reference).
     */
    static FormModel forEntity(Definitions definitions, FormSupport support, EntityDef entity) {
        Optional<FormDef> form = definitions.app(entity.appId()).stream().flatMap(app -> app.forms().stream())
                .filter(f -> definitions.entity(f.appId(), f.entity()).map(e -> e.qualifiedId().equals(entity.qualifiedId()))
                        .orElse(false))
                .findFirst();
        return new FormModel(form.orElseGet(() -> allFields(entity)), entity, support.live().table(entity.qualifiedId()),
                form.isPresent());
    }

    private static FormDef allFields(EntityDef entity) {
        List<FormFieldDef> fields = entity.fields().stream().filter(f -> !f.is(FieldType.LINES))
                .map(FieldDef::name).map(name -> FormFieldDef.plain(name, entity.at())).toList();
        return new FormDef(entity.appId(), entity.id(), entity.id(), entity.labelOrName(), 2,
                List.of(new SectionDef("main", null, null, fields, entity.at())), entity.at());
    }

    /** The form id a save names (its {@code requiredWhen} rules apply), or {@code null} for a made-up form. */
    public String formIdForSave() {
        return defined ? form.id() : null;
    }

    /** The entity's name across apps: {@code app.entity}. */
    public String entityId() {
        return entity.qualifiedId();
    }
}
