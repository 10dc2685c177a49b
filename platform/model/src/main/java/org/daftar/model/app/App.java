package org.daftar.model.app;

import java.util.List;
import java.util.Optional;
import org.daftar.model.LocalizedText;
import org.daftar.model.data.DataSet;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.RoleDef;

/** An app with all its parts, each list in the order of the parts' ids. */
public record App(
        AppDef def,
        List<EntityDef> entities,
        List<FormDef> forms,
        List<ListDef> lists,
        List<ReportDef> reports,
        List<RoleDef> roles,
        List<DataSet> data) {

    public App {
        entities = List.copyOf(entities);
        forms = List.copyOf(forms);
        lists = List.copyOf(lists);
        reports = List.copyOf(reports);
        roles = List.copyOf(roles);
        data = List.copyOf(data);
    }

    public String id() {
        return def.id();
    }

    public LocalizedText label() {
        return def.label();
    }

    public Optional<EntityDef> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<FormDef> form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<ListDef> list(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<ReportDef> report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
