package org.daftar.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.daftar.model.DefinitionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken definitions: each folder under {@code broken/} replaces or adds files of the
 * valid shop app with one mistake, and must give exactly the messages below — file, line, column
 * and words — and nothing else. A case whose mistake truly breaks a second thing (a cycle through
 * two fields, sample data outside new bounds) lists both.
 */
class BrokenDefinitionsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                broken("app-names-missing-entity",
                        "shop/app.yaml:7:11: The app 'shop' names the entity 'supplier', but no entity file in its folder has that id."),
                broken("auto-number-unknown-placeholder",
                        "shop/entities/sales_order.yaml:7:5: Unknown placeholder {year} in the auto-number pattern 'ORD-{year}-{00000}': use {yyyy}, {yy}, {mm}, {dd} or a counter such as {00000}."),
                broken("auto-number-without-counter",
                        "shop/entities/sales_order.yaml:7:5: The auto-number pattern 'ORD-{yyyy}' needs exactly one counter such as {00000} (it has 0)."),
                broken("bad-enum-value",
                        "shop/lists/orders.yaml:6:39: The value of 'direction' in sort item 1 must be one of: asc, desc; found 'descending'."),
                broken("bad-id",
                        "shop/entities/customer.yaml:11:10: The value of 'id' in fields item 5 is not valid: 'Website'. A stable id: lower-case letters, digits and _, starting with a letter, at most 50 characters. Never change it once data exists."),
                broken("bad-language-code",
                        "shop/entities/customer.yaml:3:8: 'english' in label is not a language code: texts per language are keyed by two-letter codes such as en and ar."),
                broken("check-message-at-unknown-field",
                        "shop/entities/product.yaml:20:5: Check 'price_for_active' shows its message at 'prise', which is not a field of 'product'. Did you mean 'price'?"),
                broken("check-not-boolean",
                        "shop/entities/product.yaml:21:12: The rule of check 'price_for_active' must give a boolean, but 'price * 2' gives a decimal."),
                broken("choice-without-options",
                        "shop/entities/sales_order.yaml:13:5: A choice field needs 'options': the list of {value, label} to choose from."),
                broken("computed-cycle",
                        "shop/entities/sales_order.yaml:16:5: The computed field 'subtotal' depends on itself: subtotal → total → subtotal. Break the cycle by computing one of them from stored fields only.",
                        "shop/entities/sales_order.yaml:17:5: The computed field 'tax' depends on itself: tax → subtotal → total → tax. Break the cycle by computing one of them from stored fields only."),
                broken("computed-result-type-mismatch",
                        "shop/entities/product.yaml:18:44: The expression of computed field 'low' must give a boolean, but 'stock - reorder_level' gives a decimal."),
                broken("data-breaks-schema",
                        "shop/data/product.yaml:4:40: Sample record 1 of 'product': 'price' must have a minimum value of 0"),
                broken("data-duplicate-natural-key",
                        "shop/data/product.yaml:5:11: Sample record 2 of 'product' repeats the natural key [P-1]: natural keys are unique.",
                        "shop/data/sales_order.yaml:4:5: Sample record 1 of 'sales_order', line 2: 'product' refers to [P-2], which is not a natural key (sku) of the sample data of 'shop.product'."),
                broken("data-gives-computed-field",
                        "shop/data/product.yaml:5:79: Sample record 2 of 'product' gives 'low', a computed field: Daftar gives its value on save, so leave it out."),
                broken("data-unknown-field",
                        "shop/data/customer.yaml:5:70: Sample record 2 of 'customer' has 'regoin', which is not a field of 'customer'. Did you mean 'region'?"),
                broken("data-unknown-reference",
                        "shop/data/sales_order.yaml:5:15: Sample record 1 of 'sales_order': 'customer' refers to [C-0009], which is not a natural key (code) of the sample data of 'shop.customer'."),
                broken("data-wrong-choice",
                        "shop/data/customer.yaml:5:70: Sample record 2 of 'customer': 'region' does not have a value in the enumeration [\"central\", \"west\", null]"),
                broken("default-not-an-option",
                        "shop/entities/sales_order.yaml:13:5: The default of 'status' is 'open', which is not one of its options: draft, confirmed, cancelled."),
                broken("default-wrong-type",
                        "shop/entities/product.yaml:16:5: The default of 'active' must be true or false, not 'yes'."),
                broken("display-name-unknown-field",
                        "shop/entities/customer.yaml:4:14: The display name '{name} ({cod})' uses {cod}, which is not a field of 'customer'. Did you mean 'code'?"),
                broken("duplicate-entity-id",
                        "shop/entities/customer.yaml:1:1: Duplicate entity 'customer': it is already used at shop/entities/client.yaml:1:1. Each entity must be unique."),
                broken("duplicate-field-id",
                        "shop/entities/customer.yaml:11:5: Duplicate field id 'phone': it is already used at shop/entities/customer.yaml:9:5. Each field id must be unique."),
                broken("duplicate-field-name",
                        "shop/entities/customer.yaml:12:5: Duplicate field name 'website': it is already used at shop/entities/customer.yaml:11:5. Each field name must be unique."),
                broken("empty-file",
                        "shop/lists/empty.yaml:1:1: The file is empty: a definition starts with 'kind:' (app, entity, form, list, report, role or data)."),
                broken("entity-not-named-by-app",
                        "shop/entities/supplier.yaml:1:1: The entity 'supplier' is not named in the 'entities' of app 'shop' (shop/app.yaml): add it there."),
                broken("expression-ill-typed",
                        "shop/entities/order_line.yaml:11:21: The rule of check 'within_stock': Cannot compare decimal and text: compare values of the same type"),
                broken("expression-syntax",
                        "shop/entities/order_line.yaml:8:58: The expression of computed field 'amount': Expected an expression after '*'"),
                broken("expression-unknown-field",
                        "shop/entities/order_line.yaml:8:47: The expression of computed field 'amount': Unknown field 'quantty'. Did you mean 'quantity'?"),
                broken("expression-unknown-function",
                        "shop/entities/sales_order.yaml:17:44: The expression of computed field 'tax': Unknown function 'rnd'. Did you mean 'round'?"),
                broken("file-outside-app",
                        "orphan.yaml:1:1: This list is not inside an app folder: put it in the folder of an app.yaml (or a folder below it)."),
                broken("form-colspan-too-wide",
                        "shop/forms/sales_order.yaml:16:16: The field 'cancel_reason' spans 3 columns, but its section has 2."),
                broken("form-columns-on-non-lines",
                        "shop/forms/sales_order.yaml:15:16: 'columns' is for lines fields; 'status' is a choice field."),
                broken("form-default-wrong-type",
                        "shop/forms/sales_order.yaml:13:16: The default of 'order_date' must give a date, but 'now()' gives a datetime."),
                broken("form-field-twice",
                        "shop/forms/sales_order.yaml:27:9: The field 'status' is already on the form at shop/forms/sales_order.yaml:15:9: a field appears once per form."),
                broken("form-rule-not-boolean",
                        "shop/forms/sales_order.yaml:17:23: The visibleWhen rule of 'cancel_reason' must give a boolean, but 'status' gives a text."),
                broken("form-unknown-entity",
                        "shop/forms/sales_order.yaml:1:1: The form 'sales_order' is about the entity 'order', which app 'shop' does not have."),
                broken("form-unknown-field",
                        "shop/forms/sales_order.yaml:15:9: The form 'sales_order' places 'state', which is not a field of 'sales_order'. Did you mean 'status'?"),
                broken("invalid-regex",
                        "shop/entities/customer.yaml:7:5: The pattern of 'code' is not a valid regular expression: Unclosed character class near index 10."),
                broken("json-syntax",
                        "shop/lists/customers.json:5:30: This is not valid JSON: Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')."),
                broken("list-path-through-non-reference",
                        "shop/lists/orders.yaml:5:19: The list 'orders' names 'customer.name.first', but 'name' is a text field: only references and lines lead on to other fields."),
                broken("list-shows-lines",
                        "shop/lists/orders.yaml:5:34: The list 'orders' shows 'lines.quantity': a list row is one record, so it cannot show lines; use a computed total instead."),
                broken("list-unknown-form",
                        "shop/lists/orders.yaml:1:1: The list 'orders' opens the form 'order', which app 'shop' does not have."),
                broken("list-unknown-path",
                        "shop/lists/orders.yaml:5:19: The list 'orders' names 'customer.nam', but 'customer' has no field 'nam'. Did you mean 'name'?"),
                broken("list-where-not-boolean",
                        "shop/lists/products.yaml:8:9: The condition (where) of list 'products' must give a boolean, but 'name' gives a text."),
                broken("menu-unknown-list",
                        "shop/app.yaml:12:11: The menu opens the list 'product', which app 'shop' does not have. Did you mean 'products'?"),
                broken("min-above-max",
                        "shop/data/product.yaml:5:70: Sample record 2 of 'product': 'reorder_level' must have a maximum value of 5",
                        "shop/entities/product.yaml:13:5: min (10) is greater than max (5)."),
                broken("missing-kind",
                        "shop/lists/products.yaml:1:1: Missing 'kind': say what this file defines, one of app, entity, form, list, report, role, data."),
                broken("missing-required-key",
                        "shop/entities/customer.yaml:11:5: Missing required key 'type' in fields item 5."),
                broken("natural-key-unknown-field",
                        "shop/entities/product.yaml:5:13: 'naturalKey' names the field 'skus', which entity 'product' does not have. Did you mean 'sku'?"),
                broken("not-a-mapping",
                        "shop/lists/items.yaml:1:1: A definition must be a mapping of keys to values, starting with 'kind:'; this file holds a list."),
                broken("reference-to-unknown-app",
                        "shop/entities/sales_order.yaml:9:5: The field 'customer' points to 'crm.customer', but there is no app 'crm'."),
                broken("reference-to-unknown-entity",
                        "shop/entities/sales_order.yaml:9:5: The field 'customer' points to the entity 'custmer', which app 'shop' does not have. Did you mean 'customer'?"),
                broken("report-bad-period-name",
                        "shop/reports/sales_by_month.yaml:9:5: A filter of report 'sales_by_month' on 'order_date': 'this-decade' is not a period. Periods: today, yesterday, this-week, last-week, this-month, last-month, this-quarter, this-year, last-year, last-7-days, last-30-days, last-90-days, next-7-days, next-30-days."),
                broken("report-between-needs-two",
                        "shop/reports/low_stock.yaml:6:5: A filter of report 'low_stock' on 'stock': 'between' takes two values, the low and the high one; it has 3."),
                broken("report-bucket-on-text",
                        "shop/reports/sales_by_month.yaml:17:13: Only dates can be grouped by month; 'customer.region' is a text."),
                broken("report-chart-unknown-measure",
                        "shop/reports/sales_by_month.yaml:25:8: The chart of report 'sales_by_month' draws 'revenu', which is not a measure. Known: revenue, orders, items."),
                broken("report-having-unknown-name",
                        "shop/reports/sales_by_month.yaml:22:18: The having of report 'sales_by_month' names 'profit', which is not a group or measure of the report. Known: month, region, revenue, orders, items."),
                broken("report-sum-of-text",
                        "shop/reports/sales_by_month.yaml:21:40: The measure 'items' takes the sum of 'lines.product.name', which is a text: only numbers add up."),
                broken("report-unknown-parameter",
                        "shop/reports/sales_by_month.yaml:9:5: A filter of report 'sales_by_month' on 'order_date': the parameter 'from' is not declared in 'parameters'."),
                broken("report-unknown-period",
                        "shop/reports/low_stock.yaml:8:5: A filter of report 'low_stock' on 'name': 'in-period' is for dates; this field is a text."),
                broken("reserved-app-id",
                        "shop/app.yaml:2:5: 'public' cannot be an app id: an app's tables live in a database schema of that name, and 'public' belongs to PostgreSQL or Daftar. Choose another id."),
                broken("reserved-field-name",
                        "shop/entities/customer.yaml:11:5: 'version' is a name Daftar keeps for its own columns (created_at, created_by, deleted_at, deleted_by, id, line_no, parent_id, updated_at, updated_by, version): give the field another name."),
                broken("role-built-in-id",
                        "shop/roles/clerk.yaml:1:1: 'admin' is a built-in role: give this role another id and 'basedOn: admin' to start from its rights."),
                broken("role-unknown-field",
                        "shop/roles/clerk.yaml:9:5: Role 'clerk' restricts 'descr', which is not a field of 'product'."),
                broken("role-unknown-user-attribute",
                        "shop/roles/clerk.yaml:8:35: The row rule of role 'clerk' on 'sales_order': Unknown user attribute 'department'. User attributes: email, id, name, region, username."),
                broken("role-without-read",
                        "shop/roles/clerk.yaml:6:5: Role 'clerk' may [create, update] 'sales_order' records without reading them: add 'read'."),
                broken("setting-not-for-type",
                        "shop/entities/product.yaml:13:5: 'maxLength' does not apply to a integer field (it takes max, min)."),
                broken("unknown-field-type",
                        "shop/entities/customer.yaml:9:5: Unknown field type 'phon'. Did you mean 'phone'? Known types: text, long-text, integer, decimal, money, percent, date, date-time, time, boolean, choice, reference, user, lines, email, phone, url, attachment, auto-number, computed."),
                broken("unknown-key",
                        "shop/entities/customer.yaml:9:37: Unknown key 'lable' in fields item 3. Did you mean 'label'?"),
                broken("unknown-kind",
                        "shop/lists/products.yaml:1:7: Unknown kind 'lists'. Did you mean 'list'? A definition is one of app, entity, form, list, report, role, data."),
                broken("unknown-top-level-key",
                        "shop/entities/customer.yaml:4:14: Unknown key 'displayname' at the top level. Did you mean 'displayName'?"),
                broken("wrong-type-boolean",
                        "shop/entities/customer.yaml:10:38: The value of 'unique' in fields item 4 must be true or false, not the text 'yes'."),
                broken("wrong-type-list",
                        "shop/entities/customer.yaml:5:13: The value of 'naturalKey' at the top level must be a list, not the text 'code'."),
                broken("yaml-syntax",
                        "shop/entities/customer.yaml:8:72: This is not valid YAML: while parsing a flow mapping."));
    }

    private static Arguments broken(String name, String... problems) {
        return Arguments.of(name, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenDefinitionGivesItsOwnMessageWithLineAndColumn(String name, List<String> expected) {
        List<String> problems = DefinitionFixtures.loadBrokenCase(name).problems().stream().map(Problem::toString).toList();

        assertThat(problems).containsExactlyElementsOf(expected);
    }

    @Test
    void everyBrokenCaseFolderHasItsExpectedMessages() {
        List<String> pinned = cases().map(arguments -> (String) arguments.get()[0]).toList();

        assertThat(DefinitionFixtures.brokenCaseNames()).containsExactlyInAnyOrderElementsOf(pinned).hasSizeGreaterThanOrEqualTo(40);
    }
}
