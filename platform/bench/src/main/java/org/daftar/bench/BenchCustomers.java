package org.daftar.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * The entity the {@code saves} benchmark writes: a customer of ten fields as a back office keeps
 * it — a natural key with a pattern, a unique e-mail, a phone, a choice, two amounts with a
 * minimum and a cross-field check, a yes/no, a date, notes and a computed field — and the values of
 * its n-th record.
 */
final class BenchCustomers {

    static final String ENTITY = "bench.customer";
    static final List<String> COLUMNS = List.of("code", "name", "email", "phone", "city", "credit_limit", "balance", "vip",
            "joined_on", "notes", "available");

    private static final List<String> CITIES = List.of("riyadh", "jeddah", "dammam", "makkah", "madinah");

    private BenchCustomers() {}

    static Definitions definitions() {
        List<DefinitionSource> sources = List.of(
                new DefinitionSource("bench/app.yaml", """
                        kind: app
                        id: bench
                        label: {en: Benchmark, ar: قياس الأداء}
                        entities: [customer]
                        """),
                new DefinitionSource("bench/entities/customer.yaml", """
                        kind: entity
                        id: customer
                        label: {en: Customer, ar: عميل}
                        displayName: "{name} ({code})"
                        naturalKey: [code]
                        fields:
                          - {id: code, type: text, required: true, maxLength: 20, pattern: "^C-[0-9A-Z-]+$", label: {en: Code, ar: الرمز}}
                          - {id: name, type: text, required: true, maxLength: 100, label: {en: Name, ar: الاسم}}
                          - {id: email, type: email, unique: true, label: {en: E-mail, ar: البريد الإلكتروني}}
                          - {id: phone, type: phone, label: {en: Phone, ar: الهاتف}}
                          - id: city
                            type: choice
                            label: {en: City, ar: المدينة}
                            options: [{value: riyadh}, {value: jeddah}, {value: dammam}, {value: makkah}, {value: madinah}]
                          - {id: credit_limit, type: money, currency: SAR, min: 0, label: {en: Credit limit, ar: حد الائتمان}}
                          - {id: balance, type: money, currency: SAR, label: {en: Balance, ar: الرصيد}}
                          - {id: vip, type: boolean, default: false, label: {en: VIP, ar: عميل مميز}}
                          - {id: joined_on, type: date, min: "2000-01-01", label: {en: Customer since, ar: عميل منذ}}
                          - {id: notes, type: long-text, label: {en: Notes, ar: ملاحظات}}
                          - {id: available, type: computed, expression: "credit_limit - coalesce(balance, 0)", resultType: money}
                        checks:
                          - id: within_limit
                            rule: "balance is empty or balance <= credit_limit"
                            fields: [balance]
                            message: {en: The balance is above the credit limit, ar: الرصيد أعلى من حد الائتمان}
                        """));
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The benchmark's definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    /** The values of customer {@code n} of a run named {@code run}: unique code and e-mail. */
    static Map<String, Object> values(String run, int n) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", "C-" + run + "-" + n);
        values.put("name", "Customer " + n + " شركة");
        values.put("email", "c" + n + "." + run.toLowerCase() + "@example.sa");
        values.put("phone", "+966 5" + (n % 10) + " 123 " + String.format("%04d", n % 10_000));
        values.put("city", CITIES.get(n % CITIES.size()));
        values.put("credit_limit", BigDecimal.valueOf(10_000 + n % 5_000, 0));
        values.put("balance", BigDecimal.valueOf(n % 9_000, 2));
        values.put("vip", n % 7 == 0);
        values.put("joined_on", LocalDate.of(2020, 1, 1).plusDays(n % 2_000));
        values.put("notes", "Prefers invoices by e-mail; call before delivery.");
        return values;
    }
}
