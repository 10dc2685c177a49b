package org.daftar.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.query.QueryEngine;
import org.daftar.query.SqlMode;
import org.daftar.query.schema.Catalog;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.access.SecuredRecords;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;

/**
 * The shop fixture plus two roles of this module's tests ({@code shop.desk}: customers the user
 * owns, phone hidden, e-mail read-only; {@code shop.regional}: customers of the user's region), on a
 * fresh database with the platform's migrations, and the secured facades over it. {@link #reset()}
 * leaves four customers:
 *
 * <pre>
 * id code   name   owner region  phone
 * 1  C-0001 Noor   sara  central 0501
 * 2  C-0002 Rayan  omar  west    0502
 * 3  C-0003 Zahra  sara  west    0503
 * 4  C-0004 Amal   -     -       0504
 * </pre>
 */
public final class SecurityDatabase {

    public static final Definitions DEFINITIONS = load();

    public static final UserContext ADMIN = UserContext.of("ali", Locale.ENGLISH, "admin");
    public static final UserContext MANAGER = UserContext.of("mona", Locale.ENGLISH, "manager");
    public static final UserContext STAFF = UserContext.of("sami", Locale.ENGLISH, "staff");
    public static final UserContext SARA_AT_DESK = UserContext.of("sara", Locale.ENGLISH, "shop.desk");

    public final TestDatabase db = TestDatabase.create(4);
    public final RecordService records = RecordService.builder(db.dataSource(), DEFINITIONS).build();
    public final Catalog catalog = new Catalog(DEFINITIONS, new FieldTypes(List.of()));
    public final QueryEngine engine = new QueryEngine(db.dataSource(), catalog);
    public final PolicyEngine policy = new PolicyEngine(DEFINITIONS);
    public final AccessAudit audit = new AccessAudit(db.dataSource(), Clock.systemUTC());
    public final SecuredRecords securedRecords = new SecuredRecords(records, engine, policy);
    public final SecuredQueries securedQueries = new SecuredQueries(engine,
            new SqlMode(db.dataSource(), catalog, Duration.ofSeconds(20)), policy, audit);

    public SecurityDatabase() {
        PlatformMigrations.migrate(db.dataSource());
        Ddl.createAll(new TableSpecs(DEFINITIONS, new FieldTypes(List.of())).all()).forEach(db::execute);
    }

    /** The four customers, and no audit. */
    public void reset() {
        db.execute("truncate shop.order_line, shop.sales_order, shop.customer, shop.product restart identity cascade");
        db.execute("truncate public.daftar_audit, public.daftar_access_audit restart identity");
        WriteContext seed = WriteContext.of("seed", Locale.ENGLISH);
        customer("C-0001", "Noor", "sara", "central", "+966 500000001", seed);
        customer("C-0002", "Rayan", "omar", "west", "+966 500000002", seed);
        customer("C-0003", "Zahra", "sara", "west", "+966 500000003", seed);
        customer("C-0004", "Amal", null, null, "+966 500000004", seed);
        records.create("shop.product", Map.of("sku", "P-1", "name", "Dates", "price", 12), seed);
    }

    /** A value straight from the table, for assertions that do not trust the facades. */
    public Object value(String sql) {
        return db.queryValue(sql);
    }

    public UserContext withRegion(String username, String region, String... roles) {
        return policy.context(username, Set.of(roles), region == null ? Map.of() : Map.of("shop", Map.of("region", region)),
                Locale.ENGLISH);
    }

    private void customer(String code, String name, String owner, String region, String phone, WriteContext seed) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", code);
        values.put("name", name);
        values.put("owner", owner);
        values.put("region", region);
        values.put("phone", phone);
        values.put("email", code.toLowerCase(Locale.ROOT) + "@example.com");
        records.create("shop.customer", values, seed);
    }

    private static Definitions load() {
        List<DefinitionSource> sources = new ArrayList<>(ShopFixture.sources());
        for (String role : List.of("desk", "regional")) {
            sources.add(new DefinitionSource("shop/roles/" + role + ".yaml", resource("roles/" + role + ".yaml")));
        }
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The security test definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    private static String resource(String name) {
        try (InputStream in = SecurityDatabase.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("missing test resource " + name));
        }
    }
}
