package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.step.ChangeRequired;
import org.daftar.data.migration.step.CreateSchema;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    private static final TableSpec TICKET = new TableSpec("support", "ticket", "support", "ticket",
            List.of(new ColumnSpec("title", "title", "varchar(255)", true, List.of())), null, List.of(), List.of(), List.of());

    @Test
    void eachStepIsNumberedInWordsWithItsSqlBelow() {
        Plan plan = new Plan(List.of(new PlannedStep(1, new CreateSchema("support"), List.of(), List.of())));

        assertThat(plan.text()).isEqualTo("""
                1. Create schema 'support' for the tables of app 'support'
                     create schema if not exists "support";
                """);
    }

    @Test
    void aRefusedStepSaysWhyAndHowToProceed() {
        var required = new ChangeRequired(TICKET, TICKET.columns().getFirst(), true, List.of());
        Plan plan = new Plan(List.of(new PlannedStep(1, required, List.of(Words.of("problem.noValue", 3, "title")),
                List.of(Words.of("remedy.fillIn", "title")))));

        assertThat(plan.text()).isEqualTo("""
                1. Make 'title' on ticket required
                     alter table "support"."ticket" alter column "title" set not null;
                   Refused: 3 rows have no value for 'title'.
                   To proceed: Fill in 'title' on those records first. Then run 'migrate' again.
                """);
        assertThat(plan.isSafe()).isFalse();
        assertThat(plan.canApply(false)).isFalse();
        assertThat(plan.summary()).isEqualTo("1 step: make title on ticket required");
    }

    @Test
    void anEmptyPlanSaysThereIsNothingToDo() {
        assertThat(new Plan(List.of()).text()).isEqualTo("Nothing to do: the database matches the definitions.\n");
    }

    @Test
    void anArabicPlanSaysEachStepWhyItIsRefusedAndHowToProceedInArabicWithTheSameSql() {
        var required = new ChangeRequired(TICKET, TICKET.columns().getFirst(), true, List.of());
        Plan plan = new Plan(List.of(new PlannedStep(1, required, List.of(Words.of("problem.noValue", 3, "title")),
                List.of(Words.of("remedy.fillIn", "title")))));

        assertThat(plan.text(Locale.of("ar"))).isEqualTo("""
                1. جعل 'title' في ticket إلزامياً
                     alter table "support"."ticket" alter column "title" set not null;
                   مرفوضة: يخلو 3 صفوف من أي قيمة في 'title'.
                   للمتابعة: املأ 'title' في تلك السجلات أولاً. ثم شغّل 'migrate' مرة أخرى.
                """);
        assertThat(new Plan(List.of()).text(Locale.of("ar"))).isEqualTo("لا شيء لفعله: قاعدة البيانات مطابقة للتعريفات.\n");
    }
}
