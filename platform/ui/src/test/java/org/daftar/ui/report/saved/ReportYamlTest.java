package org.daftar.ui.report.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;
import org.daftar.model.report.ReportDef;
import org.daftar.testsupport.ShopFixture;
import org.daftar.ui.report.ReportDraft;
import org.junit.jupiter.api.Test;

/** A report written as a definition file reads back as the same report, by the definitions loader too. */
class ReportYamlTest {

    private final Definitions shop = ShopFixture.definitions();

    @Test
    void everyBuiltInReportOfTheShopReadsBackEqual() {
        for (ReportDef report : shop.app("shop").orElseThrow().reports()) {
            assertThat(ReportYaml.read(ReportYaml.write(report), "shop")).isEqualTo(report);
        }
    }

    @Test
    void theDefinitionsLoaderReadsAWrittenReportAsTheSameReport() {
        ReportDef builtIn = shop.app("shop").orElseThrow().report("sales_by_month").orElseThrow();
        ReportDef built = builtReport();

        Definitions loaded = loadWith(copy(builtIn, "sales_copy"), built);

        assertThat(loaded.app("shop").orElseThrow().report("sales_copy")).contains(copy(builtIn, "sales_copy"));
        assertThat(loaded.app("shop").orElseThrow().report(built.id())).contains(built);
    }

    private ReportDef builtReport() {
        EntityDef orders = shop.entity("shop", "sales_order").orElseThrow();
        ReportDraft draft = new ReportDraft(orders);
        draft.name("Big orders by region");
        draft.filter("status", Operator.IN, List.of("confirmed", "draft"));
        draft.filter("order_date", Operator.IN_PERIOD, Period.LAST_90_DAYS);
        draft.filterAsked("total", Operator.GT, "decimal", "Total");
        draft.filter("customer.name", Operator.CONTAINS, "نور");
        draft.compute("net", "total - tax");
        draft.groupBy("order_date", GroupDef.Bucket.QUARTER);
        draft.groupBy("customer.region", null);
        draft.measure(Aggregate.SUM, "net");
        draft.measure(Aggregate.COUNT_DISTINCT, "customer");
        draft.limit(100);
        draft.chart(ChartType.PIE);
        draft.filter("total", Operator.GE, new BigDecimal("10.5"));
        return draft.toReport();
    }

    private Definitions loadWith(ReportDef... reports) {
        List<DefinitionSource> sources = new ArrayList<>(ShopFixture.sources());
        for (ReportDef report : reports) {
            sources.add(new DefinitionSource("shop/reports/" + report.id() + ".yaml", ReportYaml.write(report)));
        }
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        assertThat(result.problems()).isEmpty();
        return result.definitions();
    }

    private static ReportDef copy(ReportDef report, String id) {
        return new ReportDef(report.appId(), id, LocalizedText.of("Copy", "نسخة"), report.description(), report.source(),
                report.parameters(), report.filters(), report.computed(), report.columns(), report.groupBy(),
                report.measures(), report.having(), report.sort(), report.limit(), report.chart(), report.at());
    }
}
