package org.daftar.data.record.sample;

import org.daftar.plugins.iban.IbanFieldType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class SampleDataLoaderTest {

    private static final FieldTypes NO_PLUGINS = new FieldTypes(List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T06:00:00Z"), ZoneId.of("Asia/Riyadh"));

    @Test
    void theShopSampleDataLoadsOnceAndASecondCallDoesNothing() {
        Definitions shop = ShopFixture.definitions();
        try (TestDatabase db = database(shop, NO_PLUGINS)) {
            SampleDataLoader loader = loader(db, shop, NO_PLUGINS);

            SampleDataResult first = loader.loadOnce("test");
            SampleDataResult second = loader.loadOnce("test");

            assertThat(first).isEqualTo(new SampleDataResult(SampleDataResult.Outcome.LOADED, 5));
            assertThat(second.outcome()).isEqualTo(SampleDataResult.Outcome.ALREADY_DONE);
            assertThat(db.queryValue("select count(*) from shop.product")).isEqualTo(2L);
            assertThat(db.queryValue("select count(*) from shop.order_line")).isEqualTo(2L);
            assertThat(db.queryValue("select number from shop.sales_order")).isEqualTo("ORD-2026-00001");
            assertThat(db.queryValue("select total from shop.sales_order")).isEqualTo(new BigDecimal("136.85"));
            assertThat(db.queryValue("select o.customer = c.id from shop.sales_order o, shop.customer c where c.code = 'C-0001'"))
                    .isEqualTo(true);
            assertThat(db.queryValue("select owner from shop.customer where code = 'C-0001'")).isEqualTo("sara");
            assertThat(db.queryValue("select count(*) from public.daftar_audit where user_name = 'sample-data' and action = 'create'"))
                    .isEqualTo(5L);
            assertThat(db.queryValue("select records || ' ' || outcome from public.daftar_sample_data")).isEqualTo("5 loaded");
        }
    }

    @Test
    void aDatabaseThatAlreadyHoldsRecordsGetsNoSampleData() {
        Definitions shop = ShopFixture.definitions();
        try (TestDatabase db = database(shop, NO_PLUGINS)) {
            RecordService records = RecordService.builder(db.dataSource(), shop).clock(CLOCK).build();
            records.create("shop.customer", Map.of("code", "C-0009", "name", "Already here"), WriteContext.of("sara", Locale.ENGLISH));

            SampleDataResult result = loader(db, shop, NO_PLUGINS).loadOnce("test");

            assertThat(result.outcome()).isEqualTo(SampleDataResult.Outcome.SKIPPED_NOT_EMPTY);
            assertThat(db.queryValue("select count(*) from shop.customer")).isEqualTo(1L);
            assertThat(loader(db, shop, NO_PLUGINS).loadOnce("test").outcome()).isEqualTo(SampleDataResult.Outcome.ALREADY_DONE);
        }
    }

    @Test
    void aSampleRecordThatBreaksARuleStopsTheLoadSayingWhereAndWhy() {
        List<DefinitionSource> sources = new ArrayList<>(ShopFixture.sources());
        sources.replaceAll(source -> !source.location().equals("shop/data/product.yaml") ? source : new DefinitionSource(source.location(), """
                kind: data
                entity: product
                records:
                  - {sku: P-1, name: Dates 1kg, price: 35.5, stock: 120}
                  - {sku: P-2, name: Free sample, price: 0, stock: 3}
                """));
        Definitions shop = load(sources, NO_PLUGINS);
        try (TestDatabase db = database(shop, NO_PLUGINS)) {
            SampleDataException failure = catchThrowableOfType(SampleDataException.class,
                    () -> loader(db, shop, NO_PLUGINS).loadOnce("test"));

            assertThat(failure.problems()).containsExactly(
                    "shop/data/product.yaml:5:42: Sample record 2 of shop.product (P-2): price: An active product needs a price");
            assertThat(failure).hasMessageStartingWith("The sample data was not loaded (nothing was saved): 1 problem:");
            assertThat(db.queryValue("select count(*) from shop.product")).isEqualTo(0L);
            assertThat(db.queryValue("select count(*) from public.daftar_sample_data")).isEqualTo(0L);
        }
    }

    @Test
    void theSampleDataOfTheBuiltInAppsLoads() {
        Definitions builtIn = new DefinitionLoader(List.of(new IbanFieldType())).loadFolders(List.of(BuiltInApps.folder())).definitions();
        FieldTypes types = new FieldTypes(List.of(new IbanFieldType()));
        try (TestDatabase db = database(builtIn, types)) {
            SampleDataResult result = loader(db, builtIn, types).loadOnce("test");

            assertThat(result.outcome()).isEqualTo(SampleDataResult.Outcome.LOADED);
            int sets = builtIn.apps().stream().mapToInt(app -> app.data().stream().mapToInt(data -> data.size()).sum()).sum();
            assertThat(result.records()).isEqualTo(sets);
        }
    }

    private static SampleDataLoader loader(TestDatabase db, Definitions definitions, FieldTypes types) {
        return new SampleDataLoader(RecordService.builder(db.dataSource(), definitions).fieldTypes(types).clock(CLOCK).build(),
                definitions, types);
    }

    static TestDatabase database(Definitions definitions, FieldTypes types) {
        TestDatabase db = TestDatabase.create(2);
        Ddl.createAll(new TableSpecs(definitions, types).all()).forEach(db::execute);
        db.execute(PlatformTables.script());
        return db;
    }

    private static Definitions load(List<DefinitionSource> sources, FieldTypes types) {
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        assertThat(result.problems()).isEmpty();
        return result.definitions();
    }
}
