package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.digiportal.kernel.api.CaseNumber;

class PortfolioItemTest {

    private static PortfolioItem item() {
        return new PortfolioItem(new CaseNumber(2025, 4), "Mobil dokumentation i hemtjänsten", "SOCIAL", 12L, true,
                Instant.parse("2026-01-20T10:00:00Z"));
    }

    @Test
    void an_item_enters_the_portfolio_as_an_idea() {
        PortfolioItem item = item();

        assertThat(item.phase()).isEqualTo(Phase.IDEA);
        assertThat(item.caseNumber()).isEqualTo(new CaseNumber(2025, 4));
    }

    @Test
    void an_item_moves_freely_between_open_phases() {
        PortfolioItem item = item();

        item.moveTo(Phase.IN_PROGRESS);
        item.moveTo(Phase.PAUSED);
        item.moveTo(Phase.PLANNED);

        assertThat(item.phase()).isEqualTo(Phase.PLANNED);
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"DONE", "STOPPED"})
    void an_item_never_leaves_a_final_phase(Phase finalPhase) {
        PortfolioItem item = item();
        item.moveTo(finalPhase);

        for (Phase other : Phase.values()) {
            if (other != finalPhase) {
                assertThatThrownBy(() -> item.moveTo(other)).isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(item.phase()).isEqualTo(finalPhase);
    }

    @Test
    void a_title_is_required() {
        assertThatThrownBy(() -> new PortfolioItem(new CaseNumber(2025, 4), "", "SOCIAL", 12L, false, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
