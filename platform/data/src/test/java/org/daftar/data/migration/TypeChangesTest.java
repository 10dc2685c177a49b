package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.daftar.data.migration.desired.DesiredSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TypeChangesTest {

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    private static DesiredSchema product(String sku, String stock) {
        return AppYaml.app("inventory", """
                id: product
                fields:
                  - {id: sku, type: %s}
                  - {id: stock, type: %s}
                """.formatted(sku, stock));
    }

    @Test
    void aLongerTextAndIntegerToDecimalAreWidenedSafely() {
        db.applied(product("text, maxLength: 20", "integer"));
        db.execute("insert into inventory.product (sku, stock, created_by) values ('ELE-0001', 12, 'test')");

        Plan plan = db.plan(product("text, maxLength: 40", "decimal"));
        db.applied(product("text, maxLength: 40", "decimal"));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Widen 'sku' on product from text (up to 20 characters) to text (up to 40 characters)",
                "Widen 'stock' on product from integer to decimal (18 digits, 2 after the point)");
        assertThat(plan.isSafe()).isTrue();
        assertThat(db.value("select stock from inventory.product")).isEqualTo(new BigDecimal("12.00"));
        assertThat(db.value("select character_maximum_length from information_schema.columns "
                + "where table_schema = 'inventory' and column_name = 'sku'")).isEqualTo(40);
    }

    @Test
    void aShorterTextIsRefusedWithWhatTheDataHolds() {
        db.applied(product("text, maxLength: 40", "integer"));
        db.execute("insert into inventory.product (sku, created_by) values ('ELECTRONICS-LAPTOP-14-INCH-0001', 'test')");

        MigrationResult result = db.migrate(product("text, maxLength: 20", "integer"));

        assertThat(result.status()).isEqualTo(MigrationResult.Status.REFUSED);
        assertThat(result.plan().refused().getFirst().refusal().orElseThrow().reason())
                .isEqualTo("a shorter text cannot hold longer values, and 1 row has a value longer than 20 characters");
        assertThat(result.plan().text()).contains("To proceed: Shorten those values first. Then run 'migrate --force'.");
    }

    @Test
    void aForcedShorterTextIsAppliedWhenEveryValueFits() {
        db.applied(product("text, maxLength: 40", "integer"));
        db.execute("insert into inventory.product (sku, created_by) values ('ELE-0001', 'test')");

        MigrationResult unforced = db.migrate(product("text, maxLength: 20", "integer"));
        MigrationResult forced = db.migrateForced(product("text, maxLength: 20", "integer"));

        assertThat(unforced.plan().text()).contains("Refused: a shorter text cannot hold longer values (no row is affected now).",
                "To proceed: run 'migrate --force' to apply it anyway.");
        assertThat(forced.status()).isEqualTo(MigrationResult.Status.APPLIED);
        assertThat(db.value("select sku from inventory.product")).isEqualTo("ELE-0001");
    }

    @Test
    void aForcedShorterTextFailsCleanlyWhenSomeValueDoesNotFit() {
        db.applied(product("text, maxLength: 40", "integer"));
        db.execute("insert into inventory.product (sku, created_by) values ('ELECTRONICS-LAPTOP-14-INCH-0001', 'test')");

        assertThatThrownBy(() -> db.migrateForced(product("text, maxLength: 20", "integer")))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessage("Step 1 of 1 failed (Change 'sku' on product from text (up to 40 characters) to text (up to 20 characters)): "
                        + "1 row has a value longer than 20 characters. Nothing was applied: the database is as it was before.");
        assertThat(db.value("select character_maximum_length from information_schema.columns "
                + "where table_schema = 'inventory' and column_name = 'sku'")).isEqualTo(40);
    }

    @Test
    void textToIntegerIsRefusedThenAppliedWhenForcedOnceEveryValueIsAWholeNumber() {
        db.applied(product("text", "text, maxLength: 10"));
        db.execute("insert into inventory.product (stock, created_by) values ('12', 'test'), ('about 3', 'test'), (null, 'test')");

        MigrationResult refused = db.migrate(product("text", "integer"));
        db.execute("update inventory.product set stock = '3' where stock = 'about 3'");
        MigrationResult forced = db.migrateForced(product("text", "integer"));

        assertThat(refused.plan().refused().getFirst().refusal().orElseThrow().reason()).isEqualTo(
                "converting text (up to 10 characters) to integer keeps only the values that are a whole number, "
                        + "and 1 row holds text that is not a whole number");
        assertThat(forced.status()).isEqualTo(MigrationResult.Status.APPLIED);
        assertThat(db.value("select sum(stock) from inventory.product")).isEqualTo(new BigDecimal("15"));
    }

    @Test
    void fewerDecimalPlacesAreCheckedBecausePostgresqlWouldRoundSilently() {
        db.applied(product("text", "decimal, scale: 3"));
        db.execute("insert into inventory.product (stock, created_by) values (1.125, 'test')");

        assertThatThrownBy(() -> db.migrateForced(product("text", "decimal, scale: 2")))
                .hasMessageContaining("1 row has more than 2 decimal places (they would be rounded)");
        assertThat(db.value("select stock from inventory.product")).isEqualTo(new BigDecimal("1.125"));
    }
}
