package org.daftar.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.testsupport.ShopFixture;
import org.junit.jupiter.api.Test;

/** A CSV column is matched to a field by the field's name or a label in any language. */
class CsvColumnsTest {

    private final EntityDef customer = ShopFixture.definitions().entity("shop", "customer").orElseThrow();

    @Test
    void aColumnIsMatchedByNameOrByEnglishOrArabicLabelWithoutCaseOrSpaces() {
        assertThat(CsvColumns.field(customer, "code")).map(FieldDef::name).hasValue("code");
        assertThat(CsvColumns.field(customer, " NAME ")).map(FieldDef::name).hasValue("name");
        assertThat(CsvColumns.field(customer, "الاسم")).map(FieldDef::name).hasValue("name");
    }

    @Test
    void aColumnThatIsNoFieldIsNotMatched() {
        assertThat(CsvColumns.field(customer, "nickname")).isEmpty();
    }
}
