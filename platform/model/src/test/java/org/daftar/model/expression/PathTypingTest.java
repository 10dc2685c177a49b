package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.typeError;
import static org.daftar.model.expression.Fixtures.typeOf;

import org.junit.jupiter.api.Test;

class PathTypingTest {

    @Test
    void aFieldHasTheTypeTheScopeGivesIt() {
        assertThat(typeOf("quantity")).isEqualTo(ExprType.INTEGER);
        assertThat(typeOf("customer")).isEqualTo(ExprType.reference("customer"));
        assertThat(typeOf("lines")).isEqualTo(ExprType.lines("invoice_line"));
        assertThat(typeOf("الكمية + 1")).isEqualTo(ExprType.INTEGER);
    }

    @Test
    void pathsFollowReferencesAndTheUser() {
        assertThat(typeOf("customer.name")).isEqualTo(ExprType.TEXT);
        assertThat(typeOf("customer.account_manager.department")).isEqualTo(ExprType.TEXT);
        assertThat(typeOf("user")).isEqualTo(ExprType.USER);
        assertThat(typeOf("user.warehouse")).isEqualTo(ExprType.reference("warehouse"));
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        assertThat(typeError("quantiy * 2"))
                .hasMessage("Unknown field 'quantiy'. Did you mean 'quantity'?")
                .returns(0, ExpressionException::offset);
        assertThat(typeError("paid or Paid"))
                .hasMessage("Unknown field 'Paid'. Did you mean 'paid'?")
                .returns(8, ExpressionException::offset);
    }

    @Test
    void unknownFieldWithNothingCloseListsTheFields() {
        assertThat(typeError("1 + xyz"))
                .hasMessage("Unknown field 'xyz'. Fields: created, customer, due_date, first_name, issued, "
                        + "last_name, lines, note, number, opens_at, owner, paid, ...")
                .returns(4, ExpressionException::offset);
    }

    @Test
    void aFunctionNameWithoutParenthesesIsExplained() {
        assertThat(typeError("issued < today"))
                .hasMessage("'today' is a function, not a field: call it as today()")
                .returns(9, ExpressionException::offset);
    }

    @Test
    void unknownMemberOfAReferenceSuggestsTheClosestField() {
        assertThat(typeError("customer.nmae"))
                .hasMessage("Unknown field 'nmae' of customer (reference to customer). Did you mean 'name'?")
                .returns(9, ExpressionException::offset);
    }

    @Test
    void unknownUserAttributeSuggestsOrListsTheAttributes() {
        assertThat(typeError("user.departmnt = 'sales'"))
                .hasMessage("Unknown user attribute 'departmnt'. Did you mean 'department'?")
                .returns(5, ExpressionException::offset);
        assertThat(typeError("user.role"))
                .hasMessage("Unknown user attribute 'role'. User attributes: department, warehouse.");
    }

    @Test
    void onlyReferencesUsersAndLinesHaveMembers() {
        assertThat(typeError("quantity.value"))
                .hasMessage("'quantity' is an integer and has no fields: remove '.value'")
                .returns(9, ExpressionException::offset);
        assertThat(typeError("customer.name.first"))
                .hasMessage("'customer.name' is a text and has no fields: remove '.first'");
    }

    @Test
    void aFieldOfLinesIsOnlyAllowedInsideAnAggregate() {
        assertThat(typeError("lines.amount"))
                .hasMessage("'lines.amount' has one value per line: use it inside sum(), min_of() or max_of(), "
                        + "e.g. sum(lines.amount)")
                .returns(0, ExpressionException::offset);
        assertThat(typeError("paid or lines.product.price > 2").offset()).isEqualTo(8);
    }

    @Test
    void unknownFieldOfLinesSuggestsTheClosestField() {
        assertThat(typeError("sum(lines.amout)"))
                .hasMessage("Unknown field 'amout' of lines (lines of invoice_line). Did you mean 'amount'?")
                .returns(10, ExpressionException::offset);
    }

    @Test
    void linesInsideLinesCannotBeReached() {
        assertThat(typeError("count(lines.serials.code)"))
                .hasMessage("Cannot reach into lines of lines: 'lines.serials' already has one value per line")
                .returns(20, ExpressionException::offset);
    }
}
