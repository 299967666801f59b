package se.digiportal.objects.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.InvalidInputException;

class InventoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static InventoryRound round() {
        InventoryRound round = new InventoryRound("Systeminventering våren 2026", null, TODAY.plusDays(28),
                TODAY.plusDays(21), "jonas", NOW, TODAY);
        setId(round, 1L);
        return round;
    }

    private static InventoryTask taskFor(InventoryRound round) {
        ItSystem system = new ItSystem("E-arkiv", 1L, Lifecycle.IN_USE, Criticality.HIGH);
        system.assignSpecialists("jonas", "sara");
        return new InventoryTask(round, system);
    }

    @Test
    void a_round_reminds_once_from_its_reminder_date_while_open() {
        InventoryRound round = round();

        assertThat(round.reminderDue(TODAY.plusDays(20))).isFalse();
        assertThat(round.reminderDue(TODAY.plusDays(21))).isTrue();
        round.markReminded(NOW);
        assertThat(round.reminderDue(TODAY.plusDays(25))).isFalse();
        assertThatThrownBy(() -> round.markReminded(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_closed_round_neither_reminds_nor_takes_answers() {
        InventoryRound round = round();
        InventoryTask task = taskFor(round);
        round.close(NOW);

        assertThat(round.reminderDue(TODAY.plusDays(30))).isFalse();
        assertThatThrownBy(() -> task.confirm(round, "sara", NOW)).isInstanceOf(PlanStateConflict.class);
        assertThatThrownBy(() -> round.close(NOW)).isInstanceOf(PlanStateConflict.class);
    }

    @Test
    void either_specialist_answers_and_nobody_else() {
        InventoryRound round = round();
        InventoryTask task = taskFor(round);

        assertThat(task.assignees()).containsExactly("jonas", "sara");
        assertThatThrownBy(() -> task.confirm(round, "lena", NOW)).isInstanceOf(NotResponsible.class);
        assertThat(task.silent()).isTrue();

        task.correct(round, "sara", "Avtalet förlängt till 2030.", NOW);
        assertThat(task.answer()).isEqualTo(InventoryAnswer.CORRECTED);
        assertThat(task.answeredBy()).isEqualTo("sara");
        assertThat(task.silent()).isFalse();

        task.confirm(round, "jonas", NOW);
        assertThat(task.answer()).isEqualTo(InventoryAnswer.CONFIRMED);
        assertThat(task.correctionNote()).isNull();
    }

    @Test
    void a_round_needs_a_future_deadline_and_a_reminder_before_it() {
        assertThatThrownBy(() -> new InventoryRound("X", null, TODAY, TODAY, "jonas", NOW, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InventoryRound("X", null, TODAY.plusDays(5), TODAY.plusDays(6), "jonas", NOW, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InventoryRound(" ", null, TODAY.plusDays(5), TODAY.plusDays(1), "jonas", NOW, TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    /** Ids come from the database; a round in a unit test gets one by hand. */
    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
