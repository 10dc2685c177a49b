package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of rule a record can break, each showing the message a person reads, in
 * English and in Arabic, at the field it is about. The same messages come whatever the path.
 */
class ValidationMessagesTest {

    private static final RecordsDatabase DB = RecordsDatabase.create();
    private static final RecordService RECORDS = DB.records;
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale AR = Locale.forLanguageTag("ar");

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void aRequiredFieldLeftEmpty() {
        assertRefused("shop.customer", Map.of("code", "C-0101", "name", " "),
                "name: Name is required.",
                "name: الاسم مطلوب.");
    }

    @Test
    void aValueOfTheWrongKind() {
        assertRefused("lab.visit", Map.of("code", "V-1", "visit_date", 42),
                "visit_date: Visit date must be a date such as 2026-03-01.",
                "visit_date: يجب أن يكون تاريخ الزيارة تاريخاً مثل 2026-03-01.");
    }

    @Test
    void aTextTooLong() {
        assertRefused("lab.visit", Map.of("code", "ABCDEFGHIJK"),
                "code: Code must be at most 10 characters long.",
                "code: يجب ألا يزيد طول الرمز على 10 حرفاً.");
    }

    @Test
    void aTextNotMatchingItsPattern() {
        assertRefused("shop.customer", Map.of("code", "X-1", "name", "Zaid"),
                "code: Code 'X-1' is not in the expected form.",
                "code: قيمة code 'X-1' ليست بالصيغة المطلوبة.");
    }

    @Test
    void anEmailAddressThatIsNone() {
        assertRefused("shop.customer", Map.of("code", "C-0102", "name", "Zaid", "email", "zaid-at-example"),
                "email: Email 'zaid-at-example' is not a valid e-mail address.",
                "email: email 'zaid-at-example' ليس عنوان بريد إلكتروني صحيحاً.");
    }

    @Test
    void aChoiceThatIsNotAnOption() {
        assertRefused("shop.customer", Map.of("code", "C-0103", "name", "Zaid", "region", "east"),
                "region: Region: 'east' is not one of the options (Central, West).",
                "region: region: القيمة 'east' ليست من الخيارات المتاحة (الوسطى، الغربية).");
    }

    @Test
    void aNumberBelowItsMinimum() {
        assertRefused("shop.product", Map.of("sku", "V-MIN", "name", "Below", "price", -1),
                "price: Price must be at least 0.",
                "price: يجب ألا يقل price عن 0.");
    }

    @Test
    void tooFewLines() {
        Map<String, Object> order = Map.of("reference", "R-NOLINES", "customer", customer("C-0104"), "order_date", "2026-03-01",
                "lines", List.of());
        assertRefused("shop.sales_order", order,
                "lines: Lines needs at least 1 line(s).",
                "lines: يجب أن يحتوي lines على 1 بند على الأقل.");
    }

    @Test
    void aFieldTheEntityDoesNotHave() {
        assertRefused("lab.visit", Map.of("code", "V-2", "colour", "red"),
                "colour: Visit has no field 'colour'.",
                "colour: لا يوجد حقل باسم 'colour' في زيارة.");
    }

    @Test
    void aPluginTypeRefusingAValue() {
        assertRefused("lab.visit", Map.of("code", "V-3", "country", "zz"),
                "country: Country: 'ZZ' is not a country code",
                "country: الدولة: 'ZZ' ليس رمز دولة");
    }

    @Test
    void aDateOutsideItsRange() {
        assertRefused("lab.visit", Map.of("code", "V-4", "visit_date", "2019-12-31"),
                "visit_date: Visit date must be on or after 2020-01-01.",
                "visit_date: يجب أن يكون تاريخ الزيارة في 2020-01-01 أو بعده.");
    }

    @Test
    void aFileTooLargeOrOfAnotherType() {
        assertRefused("lab.visit", Map.of("code", "V-5", "report", Map.of("name", "big.pdf", "size", 2_000_000)),
                "report: Report: the file 'big.pdf' is larger than 1MB.",
                "report: التقرير: حجم الملف 'big.pdf' أكبر من 1MB.");
        assertRefused("lab.visit", Map.of("code", "V-6", "report", Map.of("name", "notes.docx", "size", 200)),
                "report: Report: the file 'notes.docx' is not of an accepted type (.pdf).",
                "report: التقرير: نوع الملف 'notes.docx' غير مقبول (.pdf).");
    }

    @Test
    void aCheckOfTheEntity() {
        assertRefused("lab.visit", Map.of("code", "V-7", "starts", "10:00", "ends", "09:30"),
                "ends: The visit must end after it starts",
                "ends: يجب أن تنتهي الزيارة بعد أن تبدأ");
    }

    @Test
    void aCheckOfALineReadingTheRecordItRefersTo() {
        long product = product("V-STOCK", 3);
        Map<String, Object> order = Map.of("reference", "R-STOCK", "customer", customer("C-0105"), "order_date", "2026-03-01",
                "lines", List.of(Map.of("product", product, "quantity", 1, "unit_price", 5),
                        Map.of("product", product, "quantity", 4, "unit_price", 5)));
        assertRefused("shop.sales_order", order,
                "lines[1].quantity: The quantity is above the stock on hand",
                "lines[1].quantity: الكمية أكبر من المخزون المتوفر");
    }

    @Test
    void aRuleOfTheFormTheRecordIsEnteredWith() {
        Map<String, Object> order = Map.of("reference", "R-CANCEL", "customer", customer("C-0106"), "order_date", "2026-03-01",
                "status", "cancelled", "lines", List.of(Map.of("product", product("V-FORM", 10), "quantity", 1, "unit_price", 5)));
        ValidationException en = refused("shop.sales_order", order, WriteContext.of("sara", EN).throughForm("sales_order"));
        ValidationException ar = refused("shop.sales_order", order, WriteContext.of("sara", AR).throughForm("sales_order"));

        assertThat(en.messages()).extracting(FieldMessage::toString).containsExactly("cancel_reason: Cancel reason is required.");
        assertThat(ar.messages()).extracting(FieldMessage::toString).containsExactly("cancel_reason: cancel reason مطلوب.");
        assertThat(RECORDS.create("shop.sales_order", order, WriteContext.of("sara", EN))).containsEntry("status", "cancelled");
    }

    @Test
    void aUniqueKeyAnotherRecordHas() {
        RECORDS.create("lab.visit", Map.of("code", "V-UNIQUE"), WriteContext.of("sara", EN));
        assertRefused("lab.visit", Map.of("code", "V-UNIQUE"),
                "code: Another visit already has the code 'V-UNIQUE'.",
                "code: الرمز 'V-UNIQUE' مستخدم في سجل زيارة آخر.");
    }

    @Test
    void aReferenceToNoRecordOrADeletedOne() {
        assertRefused("lab.visit", Map.of("code", "V-8", "product", 999_999L),
                "product: Product: there is no product with the id 999999.",
                "product: المنتج: لا يوجد منتج بالرقم 999999.");
        long gone = product("V-GONE", 1);
        RECORDS.delete("shop.product", gone, 0, WriteContext.of("sara", EN));
        assertRefused("lab.visit", Map.of("code", "V-9", "product", gone),
                "product: Product: the product with the id " + gone + " has been deleted.",
                "product: المنتج: منتج رقم " + gone + " محذوف.");
    }

    @Test
    void everyProblemOfARecordIsReportedAtOnceOncePerField() {
        ValidationException e = refused("shop.customer", Map.of("code", "bad code that is long", "email", "x", "region", "east"),
                WriteContext.of("sara", EN));

        assertThat(e.messages()).extracting(FieldMessage::field).containsExactlyInAnyOrder("code", "name", "email", "region");
    }

    private static void assertRefused(String entity, Map<String, ?> values, String english, String arabic) {
        assertThat(refused(entity, values, WriteContext.of("sara", EN)).messages()).extracting(FieldMessage::toString)
                .containsExactly(english);
        assertThat(refused(entity, values, WriteContext.of("sara", AR)).messages()).extracting(FieldMessage::toString)
                .containsExactly(arabic);
    }

    private static ValidationException refused(String entity, Map<String, ?> values, WriteContext context) {
        return catchThrowableOfType(ValidationException.class, () -> RECORDS.create(entity, new HashMap<>(values), context));
    }

    private static long customer(String code) {
        return (Long) RECORDS.create("shop.customer", Map.of("code", code, "name", "Customer " + code), WriteContext.of("sara", EN))
                .get("id");
    }

    private static long product(String sku, int stock) {
        return (Long) RECORDS.create("shop.product", Map.of("sku", sku, "name", "Product " + sku, "price", 5, "stock", stock),
                WriteContext.of("sara", EN)).get("id");
    }
}
