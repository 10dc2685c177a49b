package org.daftar.ui.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.daftar.model.entity.EntityDef;
import org.daftar.testsupport.ShopFixture;
import org.daftar.ui.data.Rights;
import org.junit.jupiter.api.Test;

/** What an import will do with a file, worked out before anything is written. */
class ImportPlanTest {

    private final EntityDef customer = ShopFixture.definitions().entity("shop", "customer").orElseThrow();

    @Test
    void columnsAreMatchedByNameOrArabicLabelAndTheRestAreNamedAsIgnored() {
        ImportPlan plan = plan(Rights.ALL, "\uFEFFcode,الاسم,nickname,code\nC-0100,Badr,B,C-0101\n");

        assertThat(plan.columns()).extracting(c -> c.field().name()).containsExactly("code", "name");
        assertThat(plan.ignored()).containsExactly("nickname", "code");
        assertThat(plan.rowCount()).isEqualTo(1);
        assertThat(plan.preview()).containsExactly(List.of("C-0100", "Badr"));
    }

    @Test
    void aFieldTheUserMayNotSetIsIgnoredAndLeftOutOfTheTemplate() {
        Rights desk = new Rights(true, true, false, false, false, true, Set.of("phone"), Set.of("owner"));

        ImportPlan plan = plan(desk, "code,name,phone,owner\nC-0102,Faris,+966 5,sara\n");

        assertThat(plan.ignored()).containsExactly("phone", "owner");
        assertThat(new String(ImportPlan.template(customer, desk), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFcode,name,email,website,region\r\n");
    }

    @Test
    void theFileSentHasTheMatchedColumnsUnderFieldNamesWithCommasQuotesAndLineBreaksKept() {
        ImportPlan plan = plan(Rights.ALL, "Name,note,code\n\"Faris, \"\"Sons\"\"\nLtd\",x,C-0103\n");

        assertThat(new String(plan.csv(), StandardCharsets.UTF_8))
                .isEqualTo("\"name\",\"code\"\r\n\"Faris, \"\"Sons\"\"\nLtd\",\"C-0103\"\r\n");
    }

    @Test
    void aFileWithoutRowsOrWithoutMatchedColumnsIsNotReadyToImport() {
        assertThat(plan(Rights.ALL, "code,name\n").ready()).isFalse();
        assertThat(plan(Rights.ALL, "nickname\nB\n").ready()).isFalse();
        assertThat(plan(Rights.ALL, "").rowCount()).isZero();
    }

    private ImportPlan plan(Rights rights, String csv) {
        return ImportPlan.of(customer, rights, csv.getBytes(StandardCharsets.UTF_8));
    }
}
