package org.daftar.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.Fixtures;
import org.daftar.app.TestDatabases;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.expression.Expressions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.list.ListDef;
import org.daftar.plugin.Plugins;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.ui.list.ColumnFilter;
import org.daftar.ui.list.ListField;
import org.daftar.ui.list.ListFields;
import org.daftar.ui.list.ListQuery;
import org.daftar.ui.list.ListState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every list of the built-in apps opens: its columns resolve, and its query — with its fixed
 * condition, a quick search, a filter on each column and a sort on each column — runs in
 * PostgreSQL.
 */
class BuiltInListsTest extends DaftarSpringTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void everyBuiltInListOpensSearchesFiltersAndSorts() {
        Plugins plugins = Plugins.load();
        FieldTypes fieldTypes = new FieldTypes(plugins.fieldTypes());
        Definitions definitions = new DefinitionsReader(plugins.fieldTypes())
                .read(new DefinitionOrigin.Folders(List.of(Fixtures.repositoryRoot().resolve("definitions"))))
                .definitions();
        DataSource dataSource = TestDatabases.fresh(postgres);
        PlatformMigrations.migrate(dataSource);
        new SchemaMigrator(dataSource).migrate(DesiredSchema.of(definitions, fieldTypes), MigrationOptions.defaults());
        Catalog catalog = new Catalog(definitions, fieldTypes);
        QueryEngine engine = new QueryEngine(dataSource, catalog);
        ReadableSchema everything = ReadableSchema.everything(catalog);
        ListFields fields = new ListFields(definitions);
        List<String> opened = new ArrayList<>();

        for (App app : definitions.apps()) {
            for (ListDef list : app.lists()) {
                List<ListField> columns = fields.columns(list, Set.of());
                assertThat(columns).as(list.id()).hasSize(list.columns().size());
                Filter fixed = list.where() == null ? Filter.NONE
                        : Filter.expression(Expressions.parse(list.where().text()), Map.of("user", "sara"));
                ListQuery query = new ListQuery(list, columns, columns, fields.fields(list, list.quickSearch(), Set.of()), fixed);
                engine.run(query.query(ListState.INITIAL.withSearch("a")).limit(50), everything, Map.of());
                engine.estimateRows(query.query(ListState.INITIAL), everything, Map.of());
                for (ListField column : columns) {
                    ListState state = ListState.INITIAL.withSort(List.of(Sort.desc(column.path())))
                            .withFilter(column.path(), filterFor(column));
                    engine.run(query.query(state).limit(50), everything, Map.of());
                }
                opened.add(app.id() + "." + list.id());
            }
        }

        assertThat(opened).hasSizeGreaterThan(10);
    }

    private static ColumnFilter filterFor(ListField column) {
        return switch (column.kind()) {
            case TEXT, REFERENCE -> new ColumnFilter.Contains("a");
            case NUMBER -> new ColumnFilter.Between("0", "100");
            case DATE, DATE_TIME -> new ColumnFilter.Between("2026-01-01", "2026-12-31");
            case CHOICE -> new ColumnFilter.OneOf(column.options().stream().limit(2).map(o -> o.value()).toList());
            case BOOLEAN -> new ColumnFilter.Is(true);
            default -> new ColumnFilter.NotEmpty();
        };
    }
}
