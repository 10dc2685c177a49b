package org.daftar.plugin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.plugin.Definitions.entity;
import static org.daftar.plugin.Definitions.field;
import static org.daftar.plugin.render.Testers.and;
import static org.daftar.plugin.render.Testers.entityIs;
import static org.daftar.plugin.render.Testers.fieldNameIs;
import static org.daftar.plugin.render.Testers.isPluginType;
import static org.daftar.plugin.render.Testers.isReadOnly;
import static org.daftar.plugin.render.Testers.isType;
import static org.daftar.plugin.render.Testers.not;
import static org.daftar.plugin.render.Testers.or;
import static org.daftar.plugin.render.Testers.rankWith;
import static org.daftar.plugin.render.Testers.withIncreasedRank;

import java.util.Locale;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.junit.jupiter.api.Test;

class TestersTest {

    private static final FieldDef IBAN = field("supplier_iban", "iban");
    private static final FieldDef DATE = field("paid_on", "date");

    private static FieldContext editing(FieldDef field) {
        return new FieldContext(field, entity("accounting", "payment", field), Locale.ENGLISH, false);
    }

    private static FieldContext viewing(FieldDef field) {
        return new FieldContext(field, entity("accounting", "payment", field), Locale.ENGLISH, true);
    }

    @Test
    void rankWithGivesItsRankWhenTheTestHolds() {
        assertThat(rankWith(3, isType("iban")).rank(editing(IBAN))).isEqualTo(3);
    }

    @Test
    void rankWithIsNotApplicableWhenTheTestFails() {
        assertThat(rankWith(3, isType("iban")).rank(editing(DATE)))
                .isEqualTo(RankedTester.NOT_APPLICABLE)
                .isEqualTo(-1);
    }

    @Test
    void rankWithRefusesANegativeRank() {
        assertThatThrownBy(() -> rankWith(-2, isType("iban")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rank is 0 or more, not -2");
    }

    @Test
    void isTypeMatchesPluginTypesByName() {
        assertThat(isType("iban").test(editing(IBAN))).isTrue();
        assertThat(isType("iban").test(editing(DATE))).isFalse();
    }

    @Test
    void isTypeMatchesBuiltInTypes() {
        assertThat(isType(FieldType.DATE).test(editing(DATE))).isTrue();
        assertThat(isType(FieldType.DATE_TIME).test(editing(DATE))).isFalse();
    }

    @Test
    void isPluginTypeHoldsOnlyForTypesThatAreNotBuiltIn() {
        assertThat(isPluginType().test(editing(IBAN))).isTrue();
        assertThat(isPluginType().test(editing(DATE))).isFalse();
    }

    @Test
    void isReadOnlyFollowsTheContext() {
        assertThat(isReadOnly().test(viewing(IBAN))).isTrue();
        assertThat(isReadOnly().test(editing(IBAN))).isFalse();
    }

    @Test
    void fieldNameIsMatchesTheFieldName() {
        assertThat(fieldNameIs("supplier_iban").test(editing(IBAN))).isTrue();
        assertThat(fieldNameIs("iban").test(editing(IBAN))).isFalse();
    }

    @Test
    void entityIsMatchesTheIdOrTheQualifiedId() {
        assertThat(entityIs("payment").test(editing(IBAN))).isTrue();
        assertThat(entityIs("accounting.payment").test(editing(IBAN))).isTrue();
        assertThat(entityIs("hr.payment").test(editing(IBAN))).isFalse();
    }

    @Test
    void andHoldsOnlyWhenEveryTestHolds() {
        assertThat(and(isType("iban"), isReadOnly()).test(viewing(IBAN))).isTrue();
        assertThat(and(isType("iban"), isReadOnly()).test(editing(IBAN))).isFalse();
        assertThat(and().test(editing(IBAN))).isTrue();
    }

    @Test
    void orHoldsWhenAnyTestHolds() {
        assertThat(or(isType("date"), isType("iban")).test(editing(IBAN))).isTrue();
        assertThat(or(isType("date"), isType("time")).test(editing(IBAN))).isFalse();
        assertThat(or().test(editing(IBAN))).isFalse();
    }

    @Test
    void notTurnsATestAround() {
        assertThat(not(isReadOnly()).test(editing(IBAN))).isTrue();
        assertThat(not(isReadOnly()).test(viewing(IBAN))).isFalse();
    }

    @Test
    void combinedTestersReadLikeTheirRule() {
        RankedTester editableIban = rankWith(2, and(isType("iban"), not(isReadOnly())));

        assertThat(editableIban.rank(editing(IBAN))).isEqualTo(2);
        assertThat(editableIban.rank(viewing(IBAN))).isEqualTo(RankedTester.NOT_APPLICABLE);
        assertThat(editableIban.rank(editing(DATE))).isEqualTo(RankedTester.NOT_APPLICABLE);
    }

    @Test
    void withIncreasedRankBeatsTheTesterItIsBuiltOn() {
        RankedTester builtIn = rankWith(RankedTester.TYPE_SPECIFIC, isType(FieldType.DATE));
        RankedTester hijri = withIncreasedRank(1, builtIn);

        assertThat(hijri.rank(editing(DATE))).isEqualTo(RankedTester.TYPE_SPECIFIC + 1);
    }

    @Test
    void withIncreasedRankStaysNotApplicableWhereTheTesterIs() {
        RankedTester hijri = withIncreasedRank(1, rankWith(2, isType(FieldType.DATE)));

        assertThat(hijri.rank(editing(IBAN))).isEqualTo(RankedTester.NOT_APPLICABLE);
    }
}
