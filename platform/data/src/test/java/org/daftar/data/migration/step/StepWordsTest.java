package org.daftar.data.migration.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpec.TableRef;
import org.junit.jupiter.api.Test;

/** Every kind of step, said in English (as the command line has always said it) and in Arabic. */
class StepWordsTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    private static final ColumnSpec TITLE = new ColumnSpec("title", "title", "varchar(255)", true, List.of());
    private static final ColumnSpec CHANNEL = new ColumnSpec("channel", "channel", "varchar(63)", false,
            List.of("\"channel\" in ('phone', 'walk-in')"));
    private static final ColumnSpec CODE = new ColumnSpec("code", "code", "varchar(20)", false, List.of());
    private static final TableSpec TICKET = new TableSpec("support", "ticket", "support", "ticket", List.of(TITLE, CHANNEL, CODE),
            null, List.of(), List.of(), List.of());

    /** One step of each kind, with what it says in English and in Arabic. */
    private static final Map<Step, List<String>> STEPS = steps();

    private static Map<Step, List<String>> steps() {
        Map<Step, List<String>> steps = new LinkedHashMap<>();
        steps.put(new CreateSchema("support"), List.of("Create schema 'support' for the tables of app 'support'",
                "إنشاء المخطط 'support' لجداول التطبيق 'support'"));
        steps.put(new AddEntity(TICKET, List.of()), List.of("Add entity 'ticket' as table support.ticket with 3 fields",
                "إضافة الكيان 'ticket' جدولاً باسم support.ticket فيه 3 حقول"));
        steps.put(new ArchiveEntity("ticket", TICKET.ref(), "_archived_ticket", List.of()), List.of(
                "Remove entity 'ticket' from app 'support': keep its table and records, archived as support._archived_ticket",
                "إزالة الكيان 'ticket' من التطبيق 'support' مع الإبقاء على جدوله وسجلاته مؤرشفةً باسم support._archived_ticket"));
        steps.put(new RestoreEntity("_archived_ticket", TICKET, List.of()), List.of(
                "Restore entity 'ticket' from its archived table support._archived_ticket (its records come back)",
                "استعادة الكيان 'ticket' من جدوله المؤرشف support._archived_ticket (تعود سجلاته)"));
        steps.put(new RenameEntity(new TableRef("support", "issue"), TICKET, List.of()), List.of(
                "Rename entity 'issue' to 'ticket' (table support.issue becomes support.ticket; its records are kept)",
                "إعادة تسمية الكيان 'issue' إلى 'ticket' (يصبح الجدول support.issue باسم support.ticket، وتبقى سجلاته)"));
        steps.put(new PurgeEntity("ticket", new TableRef("support", "_archived_ticket")), List.of(
                "Purge entity 'ticket' of app 'support' as asked: drop table support._archived_ticket and every record in it",
                "محو الكيان 'ticket' من التطبيق 'support' نهائياً كما طُلب: حذف الجدول support._archived_ticket بكل سجلاته"));
        steps.put(new AddField(TICKET, CHANNEL, Words.of("field.required", Words.of("field.choice", List.of("phone", "walk-in"))),
                "'phone'", List.of(), List.of()), List.of(
                "Add field 'channel' (choice: phone, walk-in, required) to ticket; existing records get 'phone'",
                "إضافة الحقل 'channel' (خيار من: phone، walk-in، إلزامي) إلى ticket؛ وتأخذ السجلات الموجودة القيمة 'phone'"));
        steps.put(new AddSystemColumn(TICKET, new ColumnSpec(null, "created_at", "timestamptz not null", true, List.of()), List.of()),
                List.of("Add Daftar's own column 'created_at' to ticket", "إضافة عمود دفتر الخاص 'created_at' إلى ticket"));
        steps.put(new ArchiveField(TICKET, "channel", "channel", "_archived_channel", false, List.of()), List.of(
                "Remove field 'channel' from ticket: keep its values, archived in column _archived_channel",
                "إزالة الحقل 'channel' من ticket مع الإبقاء على قيمه مؤرشفةً في العمود _archived_channel"));
        steps.put(new RestoreField(TICKET, "_archived_channel", CHANNEL), List.of(
                "Restore field 'channel' on ticket from its archived column _archived_channel (its values come back)",
                "استعادة الحقل 'channel' في ticket من عموده المؤرشف _archived_channel (تعود قيمه)"));
        steps.put(new RenameField(TICKET, "subject", "title", List.of()), List.of(
                "Rename field 'subject' to 'title' on ticket (its values are kept)",
                "إعادة تسمية الحقل 'subject' إلى 'title' في ticket (تبقى قيمه)"));
        steps.put(new PurgeField(TICKET, "channel", "_archived_channel"), List.of(
                "Purge field 'channel' of ticket as asked: drop column _archived_channel and every value in it",
                "محو الحقل 'channel' من ticket نهائياً كما طُلب: حذف العمود _archived_channel بكل قيمه"));
        steps.put(changeType("varchar(40)", "varchar(20)", false), List.of(
                "Change 'code' on ticket from text (up to 40 characters) to text (up to 20 characters)",
                "تغيير نوع 'code' في ticket من نص (حتى 40 حرفاً) إلى نص (حتى 20 حرفاً)"));
        steps.put(new ChangeChecks(TICKET, CHANNEL, true, List.of("phone", "email"), List.of("phone", "walk-in"), List.of(), List.of(),
                List.of()), List.of(
                "Change the options of 'channel' on ticket: add 'walk-in'; remove 'email'",
                "تغيير خيارات 'channel' في ticket: إضافة 'walk-in'؛ حذف 'email'"));
        steps.put(new ChangeRequired(TICKET, TITLE, true, List.of()), List.of("Make 'title' on ticket required",
                "جعل 'title' في ticket إلزامياً"));
        steps.put(new AddObject("ticket", new SchemaObject(ObjectKind.UNIQUE, "ticket_code_key", "unique code", Set.of("code"),
                "create unique index ...", Words.of("object.unique", List.of("code"))), List.of()), List.of(
                "Add unique key (code) to ticket", "إضافة مفتاح فريد على (code) إلى ticket"));
        steps.put(new DropObject(TICKET, new LiveObject("support", "ticket", "ticket_code_key", ObjectKind.UNIQUE, "unique code",
                Set.of("code"))), List.of(
                "Remove unique key ticket_code_key from ticket (no longer in the definitions)",
                "حذف المفتاح الفريد ticket_code_key من ticket (لم يعد في التعريفات)"));
        steps.put(new RenameObject(TICKET, new ObjectRename(ObjectKind.INDEX, "issue_title_idx", "ticket_title_idx")), List.of(
                "Rename index issue_title_idx to ticket_title_idx on ticket",
                "إعادة تسمية الفهرس issue_title_idx إلى ticket_title_idx في ticket"));
        steps.put(new CannotApply(Words.of("step.renameFieldBlocked", "area", "region", "customer"),
                "rename field area to region on customer", Risk.blocked(Words.of("reason.columnNameTaken", "region", "customer"),
                        Words.of("remedy.columnNameTaken", "region"))), List.of(
                "Rename field 'area' to 'region' on customer", "إعادة تسمية الحقل 'area' إلى 'region' في customer"));
        return steps;
    }

    @Test
    void thereIsAnExampleOfEveryKindOfStep() {
        assertThat(STEPS.keySet().stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(Step.class.getPermittedSubclasses());
    }

    @Test
    void everyKindOfStepSaysItselfInEnglishAsBefore() {
        STEPS.forEach((step, words) -> {
            assertThat(step.words()).as(step.getClass().getSimpleName()).isEqualTo(words.get(0));
            assertThat(step.words(Locale.ENGLISH)).isEqualTo(step.words());
        });
    }

    @Test
    void everyKindOfStepSaysItselfInArabicWithItsNamesAsTheyAre() {
        STEPS.forEach((step, words) -> {
            assertThat(step.words(ARABIC)).as(step.getClass().getSimpleName()).isEqualTo(words.get(1));
            assertThat(ARABIC_LETTER.matcher(step.words(ARABIC)).find()).isTrue();
        });
    }

    @Test
    void everyKindOfIndexOrConstraintHasItsWordsInBothLanguages() {
        assertThat(Arrays.stream(ObjectKind.values()).map(kind -> kind.wording().in(ARABIC)).toList())
                .containsExactly("قيد التحقق", "المفتاح الفريد", "المفتاح الأجنبي", "الفهرس");
        assertThat(Arrays.stream(ObjectKind.values()).map(kind -> kind.wording().english()).toList())
                .containsExactly("check", "unique key", "foreign key", "index");
    }

    @Test
    void wideningAndTheChecksOfAFieldThatIsNotAChoiceAreSaidToo() {
        Step widen = changeType("integer", "numeric(18,2)", true);
        Step checks = new ChangeChecks(TICKET, CODE, false, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(widen.words()).isEqualTo("Widen 'code' on ticket from integer to decimal (18 digits, 2 after the point)");
        assertThat(widen.words(ARABIC)).isEqualTo("توسيع 'code' في ticket من عدد صحيح إلى عدد عشري (18 رقماً، منها رقمان بعد الفاصلة)");
        assertThat(checks.words()).isEqualTo("Change the checks of 'code' on ticket to: none");
        assertThat(checks.words(ARABIC)).isEqualTo("تغيير قيود التحقق على 'code' في ticket إلى: لا شيء");
    }

    private static ChangeType changeType(String from, String to, boolean widening) {
        return new ChangeType(TICKET, CODE, ColumnType.parse(from), ColumnType.parse(to), widening, null,
                widening ? Risk.SAFE : Risk.needsForce(Words.of("reason.shorterText")), List.of(), List.of(), List.of());
    }
}
