package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.PlannedStep.Refusal;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.step.ArchiveField;
import org.daftar.data.migration.step.CannotApply;
import org.daftar.data.migration.step.ChangeRequired;
import org.daftar.data.migration.step.ChangeType;
import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;
import org.junit.jupiter.api.Test;

/** Each way a step is refused, with its reason and what to do, in English and in Arabic. */
class PlannedStepTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static final ColumnSpec CODE = new ColumnSpec("code", "code", "varchar(20)", true, List.of());
    private static final TableSpec CUSTOMER = new TableSpec("shop", "customer", "shop", "customer", List.of(CODE), null, List.of(),
            List.of(), List.of());
    private static final DataCheck TOO_LONG = new DataCheck(Words.of("problem.tooLong", 20), Words.of("remedy.shorten"), "", "", "");

    @Test
    void aStepThatCannotBeMadeSaysWhyAndWhatToDoInstead() {
        PlannedStep blocked = new PlannedStep(1, new CannotApply(Words.of("step.renameFieldBlocked", "area", "region", "customer"),
                "rename field area to region on customer", Risk.blocked(Words.of("reason.columnNameTaken", "region", "customer"),
                        Words.of("remedy.columnNameTaken", "region"))), List.of(), List.of());

        assertThat(blocked.refusal()).contains(new Refusal(
                "the name 'region' is still taken by another column of customer (two names cannot be swapped in one plan)",
                "Rename the field to a name not in use first and migrate, then rename it to 'region'."));
        assertThat(blocked.refusal(ARABIC)).contains(new Refusal(
                "الاسم 'region' ما زال لعمود آخر في customer (لا يمكن تبادل اسمين في خطة واحدة)",
                "أعد تسمية الحقل أولاً باسم غير مستخدم وطبّق الترحيل، ثم أعد تسميته إلى 'region'."));
    }

    @Test
    void aRemovalIsRefusedUnlessForcedWithWhereItsDataIsKept() {
        PlannedStep archive = new PlannedStep(2, new ArchiveField(CUSTOMER, "region", "region", "_archived_region", false, List.of()),
                List.of(), List.of());

        assertThat(archive.refusal()).contains(new Refusal(
                "removing a field hides its values from every screen (they are kept in the archived column _archived_region)",
                "run 'migrate --force' to apply it anyway."));
        assertThat(archive.refusal(ARABIC)).contains(new Refusal(
                "إزالة الحقل تُخفي قيمه من كل الشاشات (تبقى محفوظة في العمود المؤرشف _archived_region)",
                "شغّل 'migrate --force' لتطبيقها رغم ذلك."));
    }

    @Test
    void aNarrowingThatAffectsNoRowNowSaysSo() {
        PlannedStep shorter = new PlannedStep(1, shorter(), List.of(), List.of());

        assertThat(shorter.refusal().orElseThrow().reason()).isEqualTo("a shorter text cannot hold longer values (no row is affected now)");
        assertThat(shorter.refusal(ARABIC).orElseThrow().reason()).isEqualTo("النص الأقصر لا يتسع للقيم الأطول (لا يتأثر أي صف الآن)");
    }

    @Test
    void aNarrowingThatWouldCutRowsSaysHowManyAndWhatToDoFirst() {
        PlannedStep shorter = new PlannedStep(1, shorter(), List.of(TOO_LONG.problem(12), TOO_LONG.problem(1)),
                List.of(TOO_LONG.remedy(), TOO_LONG.remedy()));

        assertThat(shorter.refusal()).contains(new Refusal("a shorter text cannot hold longer values, and 12 rows have values longer "
                + "than 20 characters; 1 row has a value longer than 20 characters",
                "Shorten those values first. Then run 'migrate --force'."));
        assertThat(shorter.refusal(ARABIC)).contains(new Refusal("النص الأقصر لا يتسع للقيم الأطول، ويحتوي 12 صفاً على قيم أطول "
                + "من 20 حرفاً؛ يحتوي صف واحد على قيمة أطول من 20 حرفاً",
                "اختصر تلك القيم أولاً. ثم شغّل 'migrate --force'."));
    }

    @Test
    void aSafeStepIsRefusedWhileRowsWouldFailIt() {
        DataCheck empty = new DataCheck(Words.of("problem.noValue", "code"), Words.of("remedy.fillIn", "code"), "", "", "");
        PlannedStep required = new PlannedStep(1, new ChangeRequired(CUSTOMER, CODE, true, List.of(empty)),
                List.of(empty.problem(2)), List.of(empty.remedy()));

        assertThat(required.refusal()).contains(new Refusal("2 rows have no value for 'code'",
                "Fill in 'code' on those records first. Then run 'migrate' again."));
        assertThat(required.refusal(ARABIC)).contains(new Refusal("يخلو صفان من أي قيمة في 'code'",
                "املأ 'code' في تلك السجلات أولاً. ثم شغّل 'migrate' مرة أخرى."));
        assertThat(new PlannedStep(1, required.step(), List.of(), List.of()).refusal(ARABIC)).isEmpty();
    }

    private static ChangeType shorter() {
        return new ChangeType(CUSTOMER, CODE, ColumnType.parse("varchar(40)"), ColumnType.parse("varchar(20)"), false, null,
                Risk.needsForce(Words.of("reason.shorterText")), List.of(TOO_LONG), List.of(), List.of());
    }
}
