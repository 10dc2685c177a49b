package org.daftar.ui.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.list.ListColumn;
import org.daftar.model.list.ListDef;
import org.daftar.model.FieldRef;

/** Resolves the paths a list names (columns, filters, quick search) to {@link ListField}s. */
public final class ListFields {

    private final Definitions definitions;

    public ListFields(Definitions definitions) {
        this.definitions = definitions;
    }

    /** The list's columns that the user may see ({@code hidden}: field names the user's rights hide). */
    public List<ListField> columns(ListDef list, Set<String> hidden) {
        List<ListField> columns = new ArrayList<>();
        for (ListColumn column : list.columns()) {
            if (hidden.contains(column.field().path().split("\\.")[0])) {
                continue;
            }
            resolve(list.appId(), list.entity(), column.field().path())
                    .map(field -> column.label() == null ? field
                            : new ListField(field.path(), field.field(), column.label(), field.width(), field.target()))
                    .map(field -> new ListField(field.path(), field.field(), field.label(), column.width(), field.target()))
                    .ifPresent(columns::add);
        }
        return columns;
    }

    /** The paths of {@code refs} that resolve, as fields. */
    public List<ListField> fields(ListDef list, List<FieldRef> refs, Set<String> hidden) {
        return refs.stream()
                .filter(ref -> !hidden.contains(ref.path().split("\\.")[0]))
                .flatMap(ref -> resolve(list.appId(), list.entity(), ref.path()).stream())
                .toList();
    }

    /**
     * A field's label; without one, a reference is named after the entity it points to
     * ({@code customer}: "Customer", "عميل") and any other field after its name ({@code order_date}:
     * "Order date").
     */
    static LocalizedText label(FieldDef field, EntityDef target) {
        if (field.label() != null) {
            return field.label();
        }
        if (target != null && target.label() != null) {
            return target.label();
        }
        String words = field.name().replace('_', ' ');
        return LocalizedText.of(Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    /** The field at the end of {@code path}, from {@code entity} of {@code app}, following references. */
    public Optional<ListField> resolve(String app, String entity, String path) {
        Optional<EntityDef> current = definitions.entity(app, entity);
        String[] segments = path.split("\\.");
        List<String> labels = new ArrayList<>();
        List<String> arabic = new ArrayList<>();
        FieldDef field = null;
        for (int i = 0; i < segments.length; i++) {
            if (current.isEmpty()) {
                return Optional.empty();
            }
            EntityDef owner = current.get();
            Optional<FieldDef> found = owner.field(segments[i]);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            field = found.get();
            current = field.is(FieldType.REFERENCE) && field.settings().entity() != null
                    ? definitions.entity(owner.appId(), field.settings().entity())
                    : Optional.empty();
            LocalizedText segment = label(field, current.orElse(null));
            labels.add(segment.in("en"));
            arabic.add(segment.in("ar"));
        }
        EntityDef target = field.is(FieldType.REFERENCE) ? current.orElse(null) : null;
        LocalizedText label = segments.length == 1 ? label(field, target)
                : LocalizedText.of(String.join(" › ", labels), String.join(" › ", arabic));
        return Optional.of(new ListField(path, field, label, null, target));
    }
}
