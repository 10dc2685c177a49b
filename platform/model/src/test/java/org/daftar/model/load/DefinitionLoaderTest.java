package org.daftar.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.DefinitionFixtures;
import org.daftar.model.app.App;
import org.daftar.model.app.MenuItem;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.Condition;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.Operator;
import org.daftar.model.report.ReportDef;
import org.daftar.model.role.PermissionDef;
import org.junit.jupiter.api.Test;

class DefinitionLoaderTest {

    private final LoadResult shop = DefinitionFixtures.loadFolder("fixtures/shop-yaml");

    private App app() {
        return shop.definitions().app("shop").orElseThrow();
    }

    @Test
    void theShopFixtureLoadsWithoutProblems() {
        assertThat(shop.problems()).isEmpty();
        assertThat(app().entities()).extracting(EntityDef::id)
                .containsExactly("customer", "order_line", "product", "sales_order");
    }

    @Test
    void fieldsKeepTheirStableIdAndDefaultTheirNameToIt() {
        FieldDef code = app().entity("customer").orElseThrow().field("code").orElseThrow();

        assertThat(code.id()).isEqualTo("code");
        assertThat(code.is(FieldType.TEXT)).isTrue();
        assertThat(code.required()).isTrue();
        assertThat(code.settings().maxLength()).isEqualTo(10);
        assertThat(code.settings().pattern()).isEqualTo("^C-[0-9]{4}$");
    }

    @Test
    void labelsAreReadPerLanguage() {
        assertThat(app().label().in("ar")).isEqualTo("المتجر");
        assertThat(app().label().in("en")).isEqualTo("Shop");
        assertThat(app().label().in("fr")).as("falls back to English").isEqualTo("Shop");
    }

    @Test
    void typeSettingsAreReadForEachType() {
        EntityDef order = app().entity("sales_order").orElseThrow();

        assertThat(order.field("number").orElseThrow().settings().autoNumberPattern()).isEqualTo("ORD-{yyyy}-{00000}");
        assertThat(order.field("lines").orElseThrow().settings().entity()).isEqualTo("order_line");
        assertThat(order.field("lines").orElseThrow().settings().minNumber()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(order.field("status").orElseThrow().defaultValue()).isEqualTo("draft");
        assertThat(order.field("total").orElseThrow().settings().expression().text()).isEqualTo("subtotal + tax");
        assertThat(order.naturalKey()).containsExactly("reference");
    }

    @Test
    void formFieldsCarryTheirRulesAndExpressionDefaults() {
        List<FormFieldDef> fields = app().form("sales_order").orElseThrow().fields().toList();

        FormFieldDef cancelReason = fields.stream().filter(f -> f.field().equals("cancel_reason")).findFirst().orElseThrow();
        assertThat(cancelReason.visibleWhen().text()).isEqualTo("status = 'cancelled'");
        assertThat(cancelReason.colspan()).isEqualTo(2);
        FormFieldDef orderDate = fields.stream().filter(f -> f.field().equals("order_date")).findFirst().orElseThrow();
        assertThat(orderDate.defaultExpression()).isEqualTo("today()");
    }

    @Test
    void expressionsArePositionedAtTheirFirstCharacter() {
        FormFieldDef cancelReason = app().form("sales_order").orElseThrow().fields()
                .filter(f -> f.field().equals("cancel_reason")).findFirst().orElseThrow();

        assertThat(cancelReason.visibleWhen().at().line()).isEqualTo(17);
        assertThat(cancelReason.visibleWhen().at().column()).as("after the opening quote").isEqualTo(23);
    }

    @Test
    void listsReadColumnsPathsAndSortDirections() {
        var orders = app().list("orders").orElseThrow();

        assertThat(orders.columns()).extracting(c -> c.field().path())
                .containsExactly("number", "customer.name", "order_date", "status", "total");
        assertThat(orders.columns().get(4).width()).isEqualTo("120px");
        assertThat(orders.sort()).extracting(SortKey::direction).containsExactly(SortKey.Direction.DESC);
        assertThat(orders.pageSize()).isEqualTo(50);
    }

    @Test
    void reportsReadFiltersGroupsWithBucketsAndParameters() {
        ReportDef report = app().report("sales_by_month").orElseThrow();

        assertThat(report.filters()).hasSize(3);
        Condition.Compare since = (Condition.Compare) report.filters().get(1);
        assertThat(since.op()).isEqualTo(Operator.GE);
        assertThat(since.value()).isEqualTo(new Condition.ParamRef("since"));
        assertThat(report.filters().get(2)).isInstanceOf(Condition.AnyOf.class);
        assertThat(report.groupBy()).extracting(GroupDef::bucket).containsExactly(GroupDef.Bucket.MONTH, null);
        assertThat(report.chart().series()).isEqualTo("region");
    }

    @Test
    void rolesReadActionsRowRulesAndFieldAccess() {
        PermissionDef orders = app().roles().getFirst().permissions().getFirst();

        assertThat(orders.actions()).containsExactlyInAnyOrder(
                PermissionDef.Action.CREATE, PermissionDef.Action.READ, PermissionDef.Action.UPDATE);
        assertThat(orders.rows().text()).isEqualTo("customer.region = user.region or customer.owner = user");
        assertThat(app().roles().getFirst().permissions().get(1).fields())
                .containsEntry("price", PermissionDef.FieldAccess.READ_ONLY)
                .containsEntry("description", PermissionDef.FieldAccess.HIDDEN);
    }

    @Test
    void theMenuKeepsItsGroups() {
        List<MenuItem> menu = app().def().menu();

        assertThat(menu).hasSize(3);
        assertThat(((MenuItem.Group) menu.get(2)).items()).extracting(item -> ((MenuItem.Link) item).id())
                .containsExactly("sales_by_month", "low_stock");
    }

    @Test
    void sampleRecordsKeepLinesInsideTheirParent() {
        var orders = app().data().stream().filter(set -> set.entity().equals("sales_order")).findFirst().orElseThrow();

        assertThat(orders.records().getFirst().values().get("lines")).asList().hasSize(2);
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        LoadResult result = DefinitionFixtures.LOADER.load(List.of(
                new DefinitionSource("a/app.yaml", "kind: app\nid: a\nlabel: A\nentities: []\ncolour: red\n"),
                new DefinitionSource("a/entities/x.yaml", "kind: entity\nid: x\nfields:\n  - {id: y, type: text, requird: true}\n"),
                new DefinitionSource("a/lists/l.yaml", "kind: list\nid: Bad\nentity: x\ncolumns: [y]\n")));

        assertThat(result.problems()).extracting(Problem::location)
                .containsExactly("a/app.yaml", "a/entities/x.yaml", "a/lists/l.yaml");
    }

    @Test
    void anAppMayOnlyNameAnInstalledTheme() {
        LoadResult result = new DefinitionLoader(List.of(), List.of("default", "dark")).load(List.of(
                new DefinitionSource("a/app.yaml", "kind: app\nid: a\nlabel: A\ntheme: drak\nentities: []\n")));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "a/app.yaml:4:8: The app 'a' uses the theme 'drak', which is not installed. Did you mean 'dark'? Themes: dark, default.");
    }

    @Test
    void aLoaderIsReusableAndGivesEqualResults() {
        Definitions again = DefinitionFixtures.loadFolder("fixtures/shop-yaml").definitions();

        assertThat(again).isEqualTo(shop.definitions());
    }
}
