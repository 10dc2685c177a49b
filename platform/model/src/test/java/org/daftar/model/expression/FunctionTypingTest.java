package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.typeError;
import static org.daftar.model.expression.Fixtures.typeOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionTypingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            today()                             | date
            now()                               | datetime
            year(issued)                        | integer
            month(created)                      | integer
            day(issued)                         | integer
            days_between(issued, due_date)      | integer
            days_between(created, issued)       | integer
            add_days(issued, 30)                | date
            add_days(created, -1)               | datetime
            add_months(issued, 1)               | date
            round(unit_price, 2)                | decimal
            round(quantity, -1)                 | integer
            abs(quantity)                       | integer
            abs(unit_price)                     | decimal
            min(quantity, 10)                   | integer
            max(quantity, unit_price)           | decimal
            min(issued, due_date)               | date
            max(first_name, last_name)          | text
            upper(number)                       | text
            lower(number)                       | text
            trim(note)                          | text
            length(note)                        | integer
            contains(note, 'x')                 | boolean
            starts_with(number, 'INV')          | boolean
            has(tags, 'urgent')                 | boolean
            sum(lines.amount)                   | decimal
            sum(lines.quantity)                 | integer
            sum(lines.product.price)            | decimal
            count(lines)                        | integer
            min_of(lines.delivered)             | date
            max_of(lines.description)           | text
            if(paid, 'yes', 'no')               | text
            if(paid, 1, 2.5)                    | decimal
            if(paid, null, customer)            | reference to customer
            coalesce(note, '-')                 | text
            coalesce(quantity, unit_price)      | decimal
            date('2026-01-31')                  | date
            year(null)                          | integer
            upper(null)                         | text
            """)
    void everyFunctionHasItsResultType(String text, String type) {
        assertThat(typeOf(text).displayName()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            year(number)               | 5  | 'year' needs a date, but 'number' is a text: year(date)
            days_between(issued, 5)    | 21 | 'days_between' needs a date as its second argument, but '5' is an integer: days_between(from, to)
            add_days(issued, 1.5)      | 17 | 'add_days' needs an integer as its second argument, but '1.5' is a decimal: add_days(date, days)
            add_months(opens_at, 1)    | 11 | 'add_months' needs a date as its first argument, but 'opens_at' is a time: add_months(date, months)
            round(number, 2)           | 6  | 'round' needs a number as its first argument, but 'number' is a text: round(number, decimals)
            round(unit_price, 1.5)     | 18 | 'round' needs an integer as its second argument, but '1.5' is a decimal: round(number, decimals)
            abs(paid)                  | 4  | 'abs' needs a number, but 'paid' is a boolean: abs(number)
            max(paid, paid)            | 4  | 'max' needs a number, text, date or time as its first argument, but 'paid' is a boolean: max(a, b)
            min(quantity, issued)      | 14 | 'min' needs values of one type, but got integer and date: min(a, b)
            upper(quantity)            | 6  | 'upper' needs a text, but 'quantity' is an integer: upper(text)
            length(tags)               | 7  | 'length' needs a text, but 'tags' is a multiple choice: length(text)
            contains(note, 1)          | 15 | 'contains' needs a text as its second argument, but '1' is an integer: contains(text, part)
            starts_with(customer, 'A') | 12 | 'starts_with' needs a text as its first argument, but 'customer' is a reference to customer: starts_with(text, prefix)
            has(status, 'open')        | 4  | 'has' needs a multiple choice field as its first argument, but 'status' is a text: has(multiple_choice, value)
            has(tags, 1)               | 10 | 'has' needs a text as its second argument, but '1' is an integer: has(multiple_choice, value)
            if(status, 1, 2)           | 3  | 'if' needs a condition (true or false) as its first argument, but 'status' is a text: if(condition, then, else)
            if(paid, 1, 'one')         | 12 | 'if' needs values of one type, but got integer and text: if(condition, then, else)
            coalesce(quantity, 'none') | 19 | 'coalesce' needs values of one type, but got integer and text: coalesce(value, fallback)
            date(issued)               | 5  | 'date' needs a text, but 'issued' is a date: date('YYYY-MM-DD')
            date('2026-02-30')         | 5  | Invalid date '2026-02-30': write dates as date('YYYY-MM-DD'), e.g. date('2026-01-31')
            date('31/01/2026')         | 5  | Invalid date '31/01/2026': write dates as date('YYYY-MM-DD'), e.g. date('2026-01-31')
            """)
    void argumentsOfTheWrongTypeShowHowToCallTheFunction(String text, int offset, String message) {
        assertThat(typeError(text)).hasMessage(message).returns(offset, ExpressionException::offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            sum(quantity)              | 4 | 'sum' needs a field of lines, e.g. sum(lines.amount), but 'quantity' is an integer
            sum(lines)                 | 4 | 'sum' needs a field of lines, e.g. sum(lines.amount), but 'lines' is lines of invoice_line
            max_of(customer.name)      | 7 | 'max_of' needs a field of lines, e.g. max_of(lines.amount), but 'customer.name' is a text
            sum(lines.description)     | 4 | 'sum' needs a number for each line, but 'lines.description' is a text: sum(lines.field)
            min_of(lines.product)      | 7 | 'min_of' needs a number, text, date or time for each line, but 'lines.product' is a reference to product: min_of(lines.field)
            count(lines.amount)        | 6 | 'count' counts the lines themselves: write count(lines), not count(lines.amount)
            count(quantity)            | 6 | 'count' needs lines, but 'quantity' is an integer: count(lines)
            upper(lines.description)   | 6 | 'lines.description' has one value per line: use it inside sum(), min_of() or max_of(), e.g. sum(lines.description)
            """)
    void aggregatesNeedLines(String text, int offset, String message) {
        assertThat(typeError(text)).hasMessage(message).returns(offset, ExpressionException::offset);
    }
}
