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
 */
public record FormModel(FormDef form, EntityDef entity, EntityTable table) {

    /** The form {@code formId} of the app {@code appId}, if there is one. */
    static Optional<FormModel> find(Definitions definitions, FormSupport support, String appId, String formId) {
        return definitions.app(appId).flatMap(app -> app.form(formId)).flatMap(form ->
                definitions.entity(form.appId(), form.entity()).map(entity ->
                        new FormModel(form, entity, support.live().table(entity.qualifiedId()))));
    }

    /**
     * The first form of {@code entity}'s app that edits it or, when there is none, a form of all
     * its fields in one section (for "create new" from a reference).
     */
    static FormModel forEntity(Definitions definitions, FormSupport support, EntityDef entity) {
        FormDef form = definitions.app(entity.appId()).stream().flatMap(app -> app.forms().stream())
                .filter(f -> definitions.entity(f.appId(), f.entity()).map(e -> e.qualifiedId().equals(entity.qualifiedId()))
                        .orElse(false))
                .findFirst()
                .orElseGet(() -> allFields(entity));
        return new FormModel(form, entity, support.live().table(entity.qualifiedId()));
    }

    private static FormDef allFields(EntityDef entity) {
        List<FormFieldDef> fields = entity.fields().stream().filter(f -> !f.is(FieldType.LINES))
                .map(FieldDef::name).map(name -> FormFieldDef.plain(name, entity.at())).toList();
        return new FormDef(entity.appId(), entity.id(), entity.id(), entity.labelOrName(), 2,
                List.of(new SectionDef("main", null, null, fields, entity.at())), entity.at());
    }

    /** The entity's name across apps: {@code app.entity}. */
    public String entityId() {
        return entity.qualifiedId();
    }
}
