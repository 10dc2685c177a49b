package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parseError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorsTest {

    @Test
    void anEmptyExpressionSaysWhatToWrite() {
        assertThat(parseError("   "))
                .hasMessage("The expression is empty: write a value, a field name or a formula")
                .returns(0, ExpressionException::offset);
    }

    @Test
    void aMissingOperandPointsAfterTheOperator() {
        assertThat(parseError("paid and"))
                .hasMessage("Expected an expression after 'and'")
                .returns(8, ExpressionException::offset);
        assertThat(parseError("paid and or x"))
                .hasMessage("Expected an expression after 'and'")
                .returns(9, ExpressionException::offset);
        assertThat(parseError("quantity * "))
                .hasMessage("Expected an expression after '*'")
                .returns(11, ExpressionException::offset);
        assertThat(parseError("round(, 2)"))
                .hasMessage("Expected an expression after '('")
                .returns(6, ExpressionException::offset);
    }

    @Test
    void anExpressionCannotStartWithAnOperator() {
        assertThat(parseError("* 2"))
                .hasMessage("Expected a value, a field name or a formula, but found '*'")
                .returns(0, ExpressionException::offset);
    }

    @Test
    void anUnclosedParenthesisNamesWhereItOpened() {
        assertThat(parseError("(a + b"))
                .hasMessage("Expected ')' to close '(' at offset 0")
                .returns(6, ExpressionException::offset);
        assertThat(parseError("x * (a + b c"))
                .hasMessage("Expected ')' to close '(' at offset 4")
                .returns(11, ExpressionException::offset);
    }

    @Test
    void anUnclosedArgumentListNamesWhereItOpened() {
        assertThat(parseError("round(total, 2"))
                .hasMessage("Expected ',' or ')' to close '(' at offset 5")
                .returns(14, ExpressionException::offset);
    }

    @Test
    void aTextAfterAValueIsQuotedAsWritten() {
        assertThat(parseError("status 'open'"))
                .hasMessage("Unexpected 'open': expected an operator (such as +, =, and) or the end of the expression")
                .returns(7, ExpressionException::offset);
    }

    @Test
    void aStrayClosingParenthesisIsReported() {
        assertThat(parseError("a + b)"))
                .hasMessage("Unexpected ')': there is no '(' for it to close")
                .returns(5, ExpressionException::offset);
    }

    @Test
    void twoValuesWithoutAnOperatorAreReported() {
        assertThat(parseError("first_name last_name"))
                .hasMessage("Unexpected 'last_name': expected an operator (such as +, =, and) "
                        + "or the end of the expression")
                .returns(11, ExpressionException::offset);
    }

    @Test
    void unknownFunctionSuggestsTheClosestName() {
        assertThat(parseError("x + sumx(lines.amount)"))
                .hasMessage("Unknown function 'sumx'. Did you mean 'sum'?")
                .returns(4, ExpressionException::offset);
        assertThat(parseError("startswith(name, 'A')"))
                .hasMessage("Unknown function 'startswith'. Did you mean 'starts_with'?");
    }

    @Test
    void unknownFunctionWithNothingCloseListsTheFunctions() {
        assertThat(parseError("frobnicate(1)").getMessage())
                .startsWith("Unknown function 'frobnicate'. Functions: abs, add_days, add_months, coalesce,");
    }

    @Test
    void aWrongNumberOfArgumentsShowsHowToCallTheFunction() {
        assertThat(parseError("if(paid, 1)"))
                .hasMessage("'if' needs 3 arguments: if(condition, then, else)")
                .returns(0, ExpressionException::offset);
        assertThat(parseError("1 + upper()"))
                .hasMessage("'upper' needs 1 argument: upper(text)")
                .returns(4, ExpressionException::offset);
        assertThat(parseError("today(1)"))
                .hasMessage("'today' takes no arguments: today()");
    }

    @Test
    void unterminatedTextPointsAtItsOpeningQuote() {
        assertThat(parseError("name = 'it''s"))
                .hasMessage("Unterminated text: add a closing ' (write '' for a quote inside a text)")
                .returns(7, ExpressionException::offset);
    }

    @Test
    void doubleQuotesAreNotTexts() {
        assertThat(parseError("name = \"Acme\""))
                .hasMessage("Texts are written in single quotes: 'like this'")
                .returns(7, ExpressionException::offset);
    }

    @Test
    void aPathNeedsANameAfterEachDot() {
        assertThat(parseError("customer."))
                .hasMessage("Expected a field name after '.', e.g. customer.name")
                .returns(9, ExpressionException::offset);
    }

    @Test
    void inNeedsAParenthesisedListOfAtLeastOneValue() {
        assertThat(parseError("status in 'open'"))
                .hasMessage("Expected '(' after 'in', e.g. status in ('open', 'late')")
                .returns(10, ExpressionException::offset);
        assertThat(parseError("status in ()"))
                .hasMessage("Expected at least one value between the parentheses after 'in'")
                .returns(10, ExpressionException::offset);
        assertThat(parseError("status in ('a' 'b')"))
                .hasMessage("Expected ',' or ')' to close '(' at offset 10")
                .returns(15, ExpressionException::offset);
    }

    @Test
    void isMustBeFollowedByEmpty() {
        assertThat(parseError("note is null"))
                .hasMessage("Expected 'empty' after 'is': write x is empty or x is not empty")
                .returns(8, ExpressionException::offset);
        assertThat(parseError("note is not"))
                .hasMessage("Expected 'empty' after 'is not': write x is empty or x is not empty")
                .returns(11, ExpressionException::offset);
    }

    @Test
    void emptyAloneIsNotAValue() {
        assertThat(parseError("note = empty"))
                .hasMessage("Use 'is empty' to test for a missing value: x is empty")
                .returns(7, ExpressionException::offset);
    }

    @Test
    void comparisonsCannotBeChained() {
        assertThat(parseError("0 < quantity < 10"))
                .hasMessage("Comparisons cannot be chained: join them with 'and', e.g. a < b and b < c")
                .returns(13, ExpressionException::offset);
        assertThat(parseError("a = b is empty").offset()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            a == b ~ 2 ~ Use a single = to compare: a = b
            a <> b ~ 2 ~ Use != for 'not equal': a != b
            a && b ~ 2 ~ Use 'and' to combine conditions: a and b
            a || b ~ 2 ~ Use 'or' for either condition: a or b
            !paid  ~ 0 ~ Use 'not' to negate a condition, or != for 'not equal'
            """)
    void operatorsFromOtherLanguagesAreExplained(String text, int offset, String message) {
        assertThat(parseError(text)).hasMessage(message).returns(offset, ExpressionException::offset);
    }

    @Test
    void anUnknownCharacterIsNamed() {
        assertThat(parseError("price # 2"))
                .hasMessage("Unexpected character '#'")
                .returns(6, ExpressionException::offset);
        assertThat(parseError("_hidden")).hasMessage("A name must start with a letter, not '_'");
    }

    @Test
    void aDecimalPointNeedsDigitsAfterIt() {
        assertThat(parseError("x * 12."))
                .hasMessage("Expected digits after the decimal point in '12.': write 12.5, or 12 for a whole number")
                .returns(4, ExpressionException::offset);
    }

    @Test
    void anIntegerTooLargeForALongShouldBeWrittenAsADecimal() {
        assertThat(parseError("99999999999999999999"))
                .hasMessage("The number 99999999999999999999 is too large for an integer (at most "
                        + "9223372036854775807): write it as a decimal, 99999999999999999999.0")
                .returns(0, ExpressionException::offset);
    }
}
