package org.daftar.data.migration.step;

import java.util.Set;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.words.Words;

/**
 * An index or constraint the definitions want on a table.
 *
 * @param name its name, as {@link org.daftar.data.schema.Ddl} and
 *     {@link org.daftar.data.schema.TableSpecs} derive it
 * @param key what it is, in stable ids ({@code unique sku}, {@code index #parent_id,#line_no},
 *     {@code foreign-key customer -> shop.customer}, {@code check region#1 {column} in ('a', 'b')}):
 *     a live object with the same key is this object, whatever its name
 * @param fieldIds the fields it involves
 * @param createSql the statement that makes it
 * @param words what it is, for people: {@code unique key (email)}
 */
public record SchemaObject(ObjectKind kind, String name, String key, Set<String> fieldIds, String createSql, Words words) {

    public SchemaObject {
        fieldIds = Set.copyOf(fieldIds);
    }
}
