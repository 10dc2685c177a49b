package org.daftar.app.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.daftar.app.Fixtures;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.app.App;
import org.daftar.model.data.DataSet;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.LoadResult;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.Condition;
import org.daftar.model.report.Operator;
import org.daftar.model.report.ReportDef;
import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;

/**
 * The built-in apps are the demo, the test corpus and the proof that the language is rich enough:
 * together they must be valid, bilingual, come with sample data, and use every field type and
 * every feature of the language.
 */
class BuiltInAppsTest {

    private static final LoadResult LOADED = new DefinitionLoader(Plugins.load().fieldTypes(),
            InstalledThemes.on(BuiltInAppsTest.class.getClassLoader()))
            .loadFolders(List.of(Fixtures.repositoryRoot().resolve("definitions")));
    private static final Definitions BUILT_IN = LOADED.definitions();

    private static Stream<EntityDef> entities() {
        return BUILT_IN.apps().stream().flatMap(app -> app.entities().stream());
    }

    private static Stream<FieldDef> fields() {
        return entities().flatMap(entity -> entity.fields().stream());
    }

    private static Stream<ReportDef> reports() {
        return BUILT_IN.apps().stream().flatMap(app -> app.reports().stream());
    }

    private static Stream<FormFieldDef> formFields() {
        return BUILT_IN.apps().stream().flatMap(app -> app.forms().stream()).flatMap(form -> form.fields());
    }

    @Test
    void theBuiltInAppsAreValid() {
        assertThat(LOADED.problems()).isEmpty();
    }

    @Test
    void everyBackOfficeAreaHasItsApp() {
        assertThat(BUILT_IN.apps()).extracting(App::id).containsExactlyInAnyOrder(
                "inventory", "accounting", "hr", "support", "it", "administration", "operations", "compliance", "orders");
    }

    @Test
    void togetherTheyUseEveryBuiltInFieldTypeAndThePluginType() {
        Set<String> used = fields().map(FieldDef::type).collect(Collectors.toSet());

        assertThat(used).containsAll(Arrays.stream(FieldType.values()).map(FieldType::typeName).toList()).contains("iban");
    }

    @Test
    void togetherTheyUseEveryFeatureOfEntities() {
        assertThat(entities().filter(e -> !e.naturalKey().isEmpty())).isNotEmpty();
        assertThat(entities().filter(e -> !e.unique().isEmpty())).isNotEmpty();
        assertThat(entities().filter(e -> e.displayName() != null)).isNotEmpty();
        assertThat(entities().filter(e -> !e.checks().isEmpty())).isNotEmpty();
        assertThat(fields().filter(f -> f.is(FieldType.CHOICE) && f.settings().multiple())).isNotEmpty();
        assertThat(fields().filter(f -> f.is(FieldType.ATTACHMENT) && !f.settings().accept().isEmpty())).isNotEmpty();
        assertThat(fields().filter(f -> f.settings().currency() != null)).isNotEmpty();
        assertThat(fields().filter(f -> f.is(FieldType.COMPUTED) && f.settings().expression().text().contains("sum(")))
                .isNotEmpty();
        assertThat(fields().filter(f -> f.settings().entity() != null && f.settings().entity().contains(".")))
                .as("references across apps").isNotEmpty();
    }

    @Test
    void togetherTheyUseEveryKindOfFormRuleAndDefault() {
        assertThat(formFields().filter(f -> f.visibleWhen() != null)).isNotEmpty();
        assertThat(formFields().filter(f -> f.requiredWhen() != null)).isNotEmpty();
        assertThat(formFields().filter(f -> f.readOnlyWhen() != null)).isNotEmpty();
        assertThat(formFields().filter(f -> f.defaultExpression() != null)).isNotEmpty();
        assertThat(formFields().filter(f -> f.help() != null)).isNotEmpty();
        assertThat(formFields().filter(f -> !f.columns().isEmpty())).as("lines sub-grids").isNotEmpty();
    }

    @Test
    void togetherTheyUseEveryFeatureOfListsReportsAndRoles() {
        var lists = BUILT_IN.apps().stream().flatMap(app -> app.lists().stream()).toList();
        assertThat(lists).anyMatch(l -> l.where() != null).anyMatch(l -> !l.filters().isEmpty())
                .anyMatch(l -> !l.quickSearch().isEmpty()).anyMatch(l -> !l.sort().isEmpty());

        assertThat(reports()).anyMatch(r -> !r.parameters().isEmpty()).anyMatch(r -> !r.having().isEmpty())
                .anyMatch(r -> !r.computed().isEmpty())
                .anyMatch(r -> r.groupBy().stream().anyMatch(g -> g.bucket() != null))
                .anyMatch(r -> r.filters().stream().anyMatch(c -> c instanceof Condition.AnyOf))
                .anyMatch(r -> compares(r, Operator.IN_PERIOD));
        Set<ChartDef.ChartType> charts = reports().map(ReportDef::chart).filter(Objects::nonNull)
                .map(ChartDef::type).collect(Collectors.toSet());
        assertThat(charts).contains(ChartDef.ChartType.BAR, ChartDef.ChartType.STACKED_BAR, ChartDef.ChartType.LINE,
                ChartDef.ChartType.PIE);

        var permissions = BUILT_IN.apps().stream().flatMap(app -> app.roles().stream())
                .flatMap(role -> role.permissions().stream()).toList();
        assertThat(permissions).anyMatch(p -> p.rows() != null && p.rows().text().contains("user."))
                .anyMatch(p -> !p.fields().isEmpty());
        assertThat(BUILT_IN.apps()).anyMatch(app -> !app.def().userAttributes().isEmpty());
    }

    @Test
    void everyLabelIsGivenInArabicAndEnglish() {
        List<LocalizedText> labels = Stream.of(
                        BUILT_IN.apps().stream().map(App::label),
                        entities().map(EntityDef::label),
                        fields().map(FieldDef::label),
                        reports().map(ReportDef::label))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .toList();

        assertThat(labels).hasSizeGreaterThan(300)
                .allSatisfy(label -> assertThat(label.texts()).containsKeys("en", "ar"));
        assertThat(fields().filter(f -> f.label() == null)).as("fields without a label").isEmpty();
    }

    @Test
    void everyTopLevelEntityComesWithDozensOfSampleRecords() {
        for (App app : BUILT_IN.apps()) {
            Set<String> children = app.entities().stream().flatMap(e -> e.fields().stream())
                    .filter(f -> f.is(FieldType.LINES)).map(f -> f.settings().entity()).collect(Collectors.toSet());
            for (EntityDef entity : app.entities()) {
                if (children.contains(entity.id())) {
                    continue; // lines come inside their parent's records
                }
                int records = app.data().stream().filter(set -> set.entity().equals(entity.id()))
                        .mapToInt(set -> set.records().size()).sum();
                assertThat(records).as("sample records of %s.%s", app.id(), entity.id()).isGreaterThanOrEqualTo(5);
            }
        }
        int total = BUILT_IN.apps().stream().flatMap(app -> app.data().stream()).mapToInt(DataSet::size).sum();
        assertThat(total).isGreaterThan(2000);
    }

    private static boolean compares(ReportDef report, Operator op) {
        return report.filters().stream().flatMap(BuiltInAppsTest::flatten)
                .anyMatch(c -> c instanceof Condition.Compare compare && compare.op() == op);
    }

    private static Stream<Condition> flatten(Condition condition) {
        return switch (condition) {
            case Condition.AllOf all -> all.conditions().stream().flatMap(BuiltInAppsTest::flatten);
            case Condition.AnyOf any -> any.conditions().stream().flatMap(BuiltInAppsTest::flatten);
            case Condition.Compare compare -> Stream.of(compare);
        };
    }
}
