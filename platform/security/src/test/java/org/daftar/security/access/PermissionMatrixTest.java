package org.daftar.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.security.SecurityDatabase.ADMIN;
import static org.daftar.security.SecurityDatabase.MANAGER;
import static org.daftar.security.SecurityDatabase.SARA_AT_DESK;
import static org.daftar.security.SecurityDatabase.STAFF;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.model.report.Operator;
import org.daftar.query.RowSink;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Group;
import org.daftar.query.model.Measure;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.security.SecurityDatabase;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.policy.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The permission matrix: for admin, manager, staff and the row-restricted custom role
 * {@code shop.desk} (customers the user owns; phone hidden; e-mail read-only), every path shows and
 * changes exactly the records and fields the role allows, and refuses direct calls for the rest.
 * Sara at the desk owns customers 1 and 3; customer 2 is Omar's, 4 is nobody's.
 */
class PermissionMatrixTest {

    static final SecurityDatabase DB = new SecurityDatabase();
    final SecuredRecords records = DB.securedRecords;
    final SecuredQueries queries = DB.securedQueries;

    static final String CUSTOMER = "shop.customer";
    static final Query CUSTOMERS = Query.from(CUSTOMER).select("code", "name").orderBy(Sort.asc("code"));

    @BeforeEach
    void reset() {
        DB.reset();
    }

    @Nested
    class OpenForm {
        @Test
        void everyBuiltInRoleOpensEveryRecordWithEveryField() {
            for (UserContext user : List.of(ADMIN, MANAGER, STAFF)) {
                assertThat(records.read(user, CUSTOMER, 2).orElseThrow())
                        .containsEntry("code", "C-0002").containsEntry("phone", "+966 500000002");
            }
        }

        @Test
        void theDeskOpensItsOwnRecordsWithoutTheHiddenField() {
            Map<String, Object> noor = records.read(SARA_AT_DESK, CUSTOMER, 1).orElseThrow();

            assertThat(noor).containsEntry("code", "C-0001").containsEntry("email", "c-0001@example.com")
                    .doesNotContainKey("phone");
        }

        @Test
        void theDeskIsRefusedARecordOutsideItsRowsAndAnEntityItHasNoRightOn() {
            assertThatThrownBy(() -> records.read(SARA_AT_DESK, CUSTOMER, 2))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("You may not read this record of Customer.");
            assertThatThrownBy(() -> records.read(SARA_AT_DESK, "shop.sales_order", 1))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("You may not read records of Order.");
        }

        @Test
        void aRefusalIsInTheUsersLanguage() {
            assertThatThrownBy(() -> records.read(SARA_AT_DESK.in(Locale.forLanguageTag("ar")), CUSTOMER, 2))
                    .hasMessage("لا يحق لك قراءة هذا السجل من عميل.");
        }
    }

    @Nested
    class Save {
        @Test
        void adminAndStaffCreateAndChangeAnyRecordButTheManagerMayNot() {
            records.create(ADMIN, CUSTOMER, customer("C-0010", "omar"), null);
            records.create(STAFF, CUSTOMER, customer("C-0011", null), null);
            records.update(STAFF, CUSTOMER, 2, changes(2, "name", "Rayan Co"), null);

            assertThatThrownBy(() -> records.create(MANAGER, CUSTOMER, customer("C-0012", null), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not create records of Customer.");
            assertThatThrownBy(() -> records.update(MANAGER, CUSTOMER, 2, changes(2, "name", "X"), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not change records of Customer.");
            assertThat(DB.value("select string_agg(code, ',' order by code) from shop.customer"))
                    .isEqualTo("C-0001,C-0002,C-0003,C-0004,C-0010,C-0011");
            assertThat(DB.value("select name from shop.customer where id = 2")).isEqualTo("Rayan Co");
        }

        @Test
        void theDeskCreatesOnlyRecordsItCanSee() {
            Map<String, Object> created = records.create(SARA_AT_DESK, CUSTOMER, customer("C-0020", "sara"), null);
            assertThat(created).containsEntry("code", "C-0020").doesNotContainKey("phone");

            assertThatThrownBy(() -> records.create(SARA_AT_DESK, CUSTOMER, customer("C-0021", "omar"), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may only create records you can see.");
            assertThat(DB.value("select count(*) from shop.customer where code = 'C-0021'")).isEqualTo(0L);
        }

        @Test
        void theDeskMayNotSetAHiddenOrReadOnlyField() {
            Map<String, Object> withPhone = customer("C-0022", "sara");
            withPhone.put("phone", "+966 500000022");
            Map<String, Object> withEmail = customer("C-0023", "sara");
            withEmail.put("email", "x@example.com");

            assertThatThrownBy(() -> records.create(SARA_AT_DESK, CUSTOMER, withPhone, null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not set the field 'phone' of Customer.");
            assertThatThrownBy(() -> records.create(SARA_AT_DESK, CUSTOMER, withEmail, null))
                    .hasMessage("You may not set the field 'email' of Customer.");
            assertThatThrownBy(() -> records.update(SARA_AT_DESK, CUSTOMER, 1, changes(1, "phone", "+966 500000099"), null))
                    .hasMessage("You may not set the field 'phone' of Customer.");
            assertThatThrownBy(() -> records.update(SARA_AT_DESK, CUSTOMER, 1, changes(1, "email", "n@example.com"), null))
                    .hasMessage("You may not set the field 'email' of Customer.");
            assertThat(DB.value("select phone || ' ' || email from shop.customer where id = 1"))
                    .isEqualTo("+966 500000001 c-0001@example.com");
        }

        @Test
        void theDeskSavesItsOwnRecordSendingTheReadOnlyValueUnchanged() {
            Map<String, Object> form = changes(1, "name", "Noor Trading");
            form.put("email", "c-0001@example.com");

            records.update(SARA_AT_DESK, CUSTOMER, 1, form, null);

            assertThat(DB.value("select name from shop.customer where id = 1")).isEqualTo("Noor Trading");
        }

        @Test
        void theDeskMayNotChangeARecordOutsideItsRowsNorGiveItsOwnAway() {
            assertThatThrownBy(() -> records.update(SARA_AT_DESK, CUSTOMER, 2, changes(2, "name", "Mine"), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not change this record of Customer.");
            assertThatThrownBy(() -> records.update(SARA_AT_DESK, CUSTOMER, 1, changes(1, "owner", "omar"), null))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("You may only save records so that you can still see them.");
            assertThat(DB.value("select name || '/' || owner from shop.customer where id = 2")).isEqualTo("Rayan/omar");
            assertThat(DB.value("select owner from shop.customer where id = 1")).isEqualTo("sara");
        }
    }

    @Nested
    class ListsLookupsAndReports {
        @Test
        void aListShowsEveryRowToBuiltInRolesAndOnlyOwnRowsToTheDesk() {
            for (UserContext user : List.of(ADMIN, MANAGER, STAFF)) {
                assertThat(codes(queries.run(user, CUSTOMERS, Map.of()).rows())).containsExactly("C-0001", "C-0002",
                        "C-0003", "C-0004");
            }
            assertThat(codes(queries.run(SARA_AT_DESK, CUSTOMERS, Map.of()).rows())).containsExactly("C-0001", "C-0003");
            assertThat(queries.countRows(SARA_AT_DESK, CUSTOMERS, Map.of())).isEqualTo(2);
        }

        @Test
        void aHiddenFieldCannotBeListedFilteredOnOrSortedBy() {
            assertThatThrownBy(() -> queries.run(SARA_AT_DESK, Query.from(CUSTOMER).select("code", "phone"), Map.of()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("phone");
            assertThatThrownBy(() -> queries.run(SARA_AT_DESK, Query.from(CUSTOMER).select("code")
                    .where(Filter.of("phone", Operator.EQ, "+966 500000002")), Map.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.run(SARA_AT_DESK, Query.from(CUSTOMER).select("code")
                    .orderBy(Sort.asc("phone")), Map.of()))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void aLookupOffersOnlyReadableRecordsAndFields() {
            Query lookup = Query.from("shop.product").select("id", "name").orderBy(Sort.asc("name"));
            assertThat(queries.run(SARA_AT_DESK, lookup, Map.of()).rows()).containsExactly(List.of(1L, "Dates"));
            assertThatThrownBy(() -> queries.run(SARA_AT_DESK, Query.from("shop.product").select("name", "price"),
                    Map.of())).isInstanceOf(AccessDeniedException.class);
            Query customers = Query.from(CUSTOMER).select("id", "name").orderBy(Sort.asc("name"));
            assertThat(queries.run(SARA_AT_DESK, customers, Map.of()).rows())
                    .containsExactly(List.of(1L, "Noor"), List.of(3L, "Zahra"));
        }

        @Test
        void aReportGroupsOnlyTheRowsTheUserMayRead() {
            Query byRegion = Query.from(CUSTOMER).groupBy(Group.of("region")).measure(Measure.count("customers"))
                    .orderBy(Sort.asc("region"));

            assertThat(queries.run(MANAGER, byRegion, Map.of()).rows()).containsExactly(List.of("central", 1L),
                    List.of("west", 2L), java.util.Arrays.asList(null, 1L));
            assertThat(queries.run(SARA_AT_DESK, byRegion, Map.of()).rows()).containsExactly(List.of("central", 1L),
                    List.of("west", 1L));
        }

        @Test
        void anEntityWithoutTheReadRightIsRefusedNotEmpty() {
            assertThatThrownBy(() -> queries.run(SARA_AT_DESK, Query.from("shop.sales_order").select("number"), Map.of()))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not read records of Order.");
        }
    }

    @Nested
    class SqlMode {
        static final String BY_OWNER = "select owner, count(*) as n from shop.customer group by owner order by owner";

        @Test
        void adminsAndManagersRunSqlOverEveryRow() {
            for (UserContext user : List.of(ADMIN, MANAGER)) {
                assertThat(queries.sql(user, BY_OWNER).rows()).containsExactly(List.of("omar", 1L), List.of("sara", 2L),
                        java.util.Arrays.asList(null, 1L));
            }
        }

        @Test
        void staffAndTheDeskMayNotUseSqlMode() {
            for (UserContext user : List.of(STAFF, SARA_AT_DESK)) {
                assertThatThrownBy(() -> queries.sql(user, BY_OWNER)).isInstanceOf(AccessDeniedException.class)
                        .hasMessage("SQL mode is for administrators and managers.");
            }
        }

        @Test
        void aRoleBasedOnManagerRunsSqlUnderItsRowRule() {
            UserContext westViewer = DB.withRegion("hala", "west", "shop.regional");

            assertThat(queries.sql(westViewer, "select code from shop.customer order by code").rows())
                    .containsExactly(List.of("C-0002"), List.of("C-0003"));
            assertThatThrownBy(() -> queries.sql(westViewer, "select name from shop.product")).hasMessageContaining("product");
        }
    }

    @Nested
    class Export {
        @Test
        void anExportHasTheUsersRowsAndIsAudited() {
            List<String> exported = new ArrayList<>();
            long rows = queries.export(SARA_AT_DESK, CUSTOMERS, Map.of(), sink(exported), "10.0.0.7");

            assertThat(rows).isEqualTo(2);
            assertThat(exported).containsExactly("C-0001", "C-0003");
            assertThat(DB.audit.recent(1)).singleElement().satisfies(entry -> {
                assertThat(entry.username()).isEqualTo("sara");
                assertThat(entry.event()).isEqualTo(AccessEvent.EXPORT);
                assertThat(entry.detail()).isEqualTo("shop.customer: 2 rows");
                assertThat(entry.remoteAddress()).isEqualTo("10.0.0.7");
            });
        }

        @Test
        void staffMayNotExportAndNothingIsAudited() {
            assertThatThrownBy(() -> queries.export(STAFF, CUSTOMERS, Map.of(), sink(new ArrayList<>()), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not export records of Customer.");
            assertThat(DB.audit.recent(10)).isEmpty();
            List<String> all = new ArrayList<>();
            queries.export(MANAGER, CUSTOMERS, Map.of(), sink(all), null);
            assertThat(all).hasSize(4);
        }
    }

    @Nested
    class Import {
        @Test
        void theDeskImportsItsOwnRecordsFromCsvWithLabelsAndABom() {
            int created = records.importCsv(SARA_AT_DESK, CUSTOMER, csv("\uFEFFcode,Name,owner\nC-0030,Badr,sara\n"
                    + "C-0031,\"Faris, Sons\",sara\n"));

            assertThat(created).isEqualTo(2);
            assertThat(DB.value("select name from shop.customer where code = 'C-0031'")).isEqualTo("Faris, Sons");
        }

        @Test
        void oneBadRowSavesNothingAndEveryProblemIsReported() {
            assertThatThrownBy(() -> records.importCsv(ADMIN, CUSTOMER, csv("code,name\nC-0040,Good\nBAD,Wrong code\n"
                    + "C-0041,\n")))
                    .isInstanceOf(ImportFailedException.class)
                    .satisfies(e -> assertThat(((ImportFailedException) e).problems()).hasSize(2)
                            .anySatisfy(p -> assertThat(p).startsWith("row 3, field code: "))
                            .anySatisfy(p -> assertThat(p).startsWith("row 4, field name: ")));
            assertThat(DB.value("select count(*) from shop.customer")).isEqualTo(4L);
        }

        @Test
        void anArabicSpeakerIsToldWhereEachProblemIsInArabic() {
            assertThatThrownBy(() -> records.importCsv(ADMIN.in(java.util.Locale.forLanguageTag("ar")), CUSTOMER,
                    csv("code,name,nickname\nC-0042,Good,x\n")))
                    .isInstanceOf(ImportFailedException.class)
                    .hasMessage("الصف 1، الحقل nickname: ليس حقلًا في هذا الكيان.");
            assertThatThrownBy(() -> records.importCsv(ADMIN.in(java.util.Locale.forLanguageTag("ar")), CUSTOMER,
                    csv("code,name\nBAD,Wrong code\n")))
                    .isInstanceOf(ImportFailedException.class)
                    .satisfies(e -> assertThat(((ImportFailedException) e).problems()).singleElement()
                            .satisfies(p -> assertThat(p).startsWith("الصف 2، الحقل code: ")));
            assertThat(DB.value("select count(*) from shop.customer")).isEqualTo(4L);
        }

        @Test
        void theDeskMayNotImportRecordsItCouldNotSeeNorSetAHiddenField() {
            assertThatThrownBy(() -> records.importCsv(SARA_AT_DESK, CUSTOMER, csv("code,name,owner\nC-0050,A,sara\n"
                    + "C-0051,B,omar\n")))
                    .isInstanceOf(ImportFailedException.class)
                    .hasMessage("row 3: You may only create records you can see.");
            assertThatThrownBy(() -> records.importCsv(SARA_AT_DESK, CUSTOMER, csv("code,name,owner,phone\n"
                    + "C-0052,A,sara,+966 500000052\n")))
                    .hasMessage("row 2: You may not set the field 'phone' of Customer.");
            assertThat(DB.value("select count(*) from shop.customer")).isEqualTo(4L);
        }

        @Test
        void rolesWithoutTheImportRightAreRefused() {
            for (UserContext user : List.of(MANAGER, STAFF)) {
                assertThatThrownBy(() -> records.importCsv(user, CUSTOMER, csv("code,name\nC-0060,X\n")))
                        .isInstanceOf(AccessDeniedException.class).hasMessage("You may not import records of Customer.");
            }
        }
    }

    @Nested
    class History {
        @Test
        void theHistoryOfAReadableRecordHasNoHiddenValues() {
            records.update(ADMIN, CUSTOMER, 1, Map.of("version", 0, "name", "Noor 2", "phone", "+966 500000091"), null);

            List<AuditEntry> seen = records.history(SARA_AT_DESK, CUSTOMER, 1);
            assertThat(seen).hasSize(2);
            assertThat(seen.get(1).changes()).containsKey("name").doesNotContainKey("phone");
            assertThat(seen.get(0).changes()).doesNotContainKey("phone");
            assertThat(records.history(MANAGER, CUSTOMER, 1).get(1).changes()).containsKeys("name", "phone");
        }

        @Test
        void theHistoryOfARecordOutsideTheRowsIsRefused() {
            assertThatThrownBy(() -> records.history(SARA_AT_DESK, CUSTOMER, 2))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not read this record of Customer.");
        }
    }

    @Nested
    class BulkDelete {
        @Test
        void aBulkDeleteWithOneForbiddenRecordDeletesNothing() {
            assertThatThrownBy(() -> records.deleteAll(SARA_AT_DESK, CUSTOMER, versions(1L, 2L, 3L)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("You may not delete this record of Customer.");
            assertThat(DB.value("select count(*) from shop.customer where deleted_at is not null")).isEqualTo(0L);
        }

        @Test
        void theDeskDeletesItsOwnRecordsTogether() {
            assertThat(records.deleteAll(SARA_AT_DESK, CUSTOMER, versions(1L, 3L))).hasSize(2)
                    .allSatisfy(deleted -> assertThat(deleted).doesNotContainKey("phone"));
            assertThat(DB.value("select string_agg(code, ',' order by code) from shop.customer where deleted_at is not null"))
                    .isEqualTo("C-0001,C-0003");
        }

        @Test
        void managersAndStaffMayNotDeleteAndTheAdminMay() {
            for (UserContext user : List.of(MANAGER, STAFF)) {
                assertThatThrownBy(() -> records.deleteAll(user, CUSTOMER, versions(2L)))
                        .isInstanceOf(AccessDeniedException.class).hasMessage("You may not delete records of Customer.");
                assertThatThrownBy(() -> records.delete(user, CUSTOMER, 2, 0)).isInstanceOf(AccessDeniedException.class);
            }
            records.deleteAll(ADMIN, CUSTOMER, versions(2L, 4L));
            assertThat(DB.value("select count(*) from shop.customer where deleted_at is not null")).isEqualTo(2L);
        }

        @Test
        void aDeletedRecordIsRestoredOnlyWhenItIsTheUsersOwn() {
            records.delete(SARA_AT_DESK, CUSTOMER, 1, 0);
            records.delete(ADMIN, CUSTOMER, 2, 0);

            assertThat(records.restore(SARA_AT_DESK, CUSTOMER, 1)).containsEntry("code", "C-0001");
            assertThatThrownBy(() -> records.restore(SARA_AT_DESK, CUSTOMER, 2)).isInstanceOf(AccessDeniedException.class);
            assertThat(DB.value("select deleted_at is not null from shop.customer where id = 2")).isEqualTo(true);
        }
    }

    static Map<String, Object> customer(String code, String owner) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", code);
        values.put("name", "Customer " + code);
        values.put("owner", owner);
        return values;
    }

    static Map<String, Object> changes(long id, String field, Object value) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("version", ((Number) DB.value("select version from shop.customer where id = " + id)).intValue());
        changes.put(field, value);
        return changes;
    }

    static Map<Long, Integer> versions(Long... ids) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        for (Long id : ids) {
            versions.put(id, 0);
        }
        return versions;
    }

    static List<Object> codes(List<List<Object>> rows) {
        return rows.stream().map(List::getFirst).toList();
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static RowSink sink(List<String> firstColumn) {
        return new RowSink() {
            @Override
            public void start(List<String> columns) {}

            @Override
            public void row(Object[] values) {
                firstColumn.add((String) values[0]);
            }
        };
    }
}
