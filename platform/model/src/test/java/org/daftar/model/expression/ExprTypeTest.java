package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExprTypeTest {

    @Test
    void integersWidenToDecimalsButNotTheOtherWay() {
        assertThat(ExprType.DECIMAL.accepts(ExprType.INTEGER)).isTrue();
        assertThat(ExprType.INTEGER.accepts(ExprType.DECIMAL)).isFalse();
    }

    @Test
    void nullFitsEveryType() {
        for (ExprType type : new ExprType[] {ExprType.TEXT, ExprType.DATE, ExprType.reference("product"),
            ExprType.lines("invoice_line"), ExprType.NULL}) {
            assertThat(type.accepts(ExprType.NULL)).as(type.displayName()).isTrue();
        }
        assertThat(ExprType.NULL.accepts(ExprType.TEXT)).isFalse();
    }

    @Test
    void nothingElseConverts() {
        assertThat(ExprType.TEXT.accepts(ExprType.INTEGER)).isFalse();
        assertThat(ExprType.DATE.accepts(ExprType.DATETIME)).isFalse();
        assertThat(ExprType.DATETIME.accepts(ExprType.DATE)).isFalse();
        assertThat(ExprType.BOOLEAN.accepts(ExprType.TEXT)).isFalse();
    }

    @Test
    void referencesFitOnlyReferencesToTheSameEntity() {
        assertThat(ExprType.reference("product").accepts(ExprType.reference("product"))).isTrue();
        assertThat(ExprType.reference("product").accepts(ExprType.reference("customer"))).isFalse();
        assertThat(ExprType.lines("a").accepts(ExprType.reference("a"))).isFalse();
    }

    @Test
    void onlyIntegersAndDecimalsAreNumeric() {
        assertThat(ExprType.INTEGER.isNumeric()).isTrue();
        assertThat(ExprType.DECIMAL.isNumeric()).isTrue();
        assertThat(ExprType.TEXT.isNumeric()).isFalse();
        assertThat(ExprType.NULL.isNumeric()).isFalse();
    }

    @Test
    void displayNamesAreForPeople() {
        assertThat(ExprType.TEXT.displayName()).isEqualTo("text");
        assertThat(ExprType.DATETIME.displayName()).isEqualTo("datetime");
        assertThat(ExprType.MULTI_CHOICE.displayName()).isEqualTo("multiple choice");
        assertThat(ExprType.reference("product").displayName()).isEqualTo("reference to product");
        assertThat(ExprType.lines("invoice_line")).hasToString("lines of invoice_line");
    }

    @Test
    void onlyReferencesAndLinesNameAnEntity() {
        assertThat(ExprType.reference("product").entity()).isEqualTo("product");
        assertThat(ExprType.TEXT.entity()).isNull();
        assertThatThrownBy(() -> new ExprType(ExprType.Kind.REFERENCE, null))
                .hasMessage("A REFERENCE type names its entity");
        assertThatThrownBy(() -> new ExprType(ExprType.Kind.TEXT, "product"))
                .hasMessage("Only references and lines name an entity, not TEXT");
    }
}
