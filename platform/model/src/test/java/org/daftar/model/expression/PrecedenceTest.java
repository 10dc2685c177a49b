package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecedenceTest {

    @ParameterizedTest(name = "{0}  groups as  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a or b and c                 | a or (b and c)
            a and b or c                 | (a and b) or c
            not a and b                  | (not a) and b
            not a = b                    | not (a = b)
            not not a                    | not (not a)
            a = b and c = d              | (a = b) and (c = d)
            a + b = c * d                | (a + b) = (c * d)
            a + b * c                    | a + (b * c)
            a * b + c                    | (a * b) + c
            a - b - c                    | (a - b) - c
            a / b / c                    | (a / b) / c
            a & b + c                    | (a & b) + c
            a + b & c                    | (a + b) & c
            -a * b                       | (-a) * b
            -a.b                         | -(a.b)
            a % b * c                    | (a % b) * c
            a + b in (1, 2)              | (a + b) in (1, 2)
            a & b is empty               | (a & b) is empty
            not a is empty               | not (a is empty)
            a in (1) or b not in (2)     | (a in (1)) or (b not in (2))
            """)
    void operatorsBindAsDocumented(String text, String grouped) {
        assertThat(parse(text)).isEqualTo(parse(grouped));
    }

    @ParameterizedTest(name = "{0}  differs from  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a - b - c        | a - (b - c)
            a or b and c     | (a or b) and c
            a * b + c        | a * (b + c)
            not a and b      | not (a and b)
            """)
    void parenthesesOverrideThePrecedence(String text, String regrouped) {
        assertThat(parse(text)).isNotEqualTo(parse(regrouped));
    }
}
