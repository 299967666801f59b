package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CouncilCompositionTest {

    @Test
    void aCouncilWithOneChairOneSecretaryAndAFullUtskottIsFine() {
        assertThat(CouncilComposition.broken(Map.of("maria", CouncilFunction.CHAIR, "rolf", CouncilFunction.SECRETARY,
                "sven", CouncilFunction.MEMBER, "olle", CouncilFunction.MEMBER), 5)).isEmpty();
    }

    @Test
    void twoChairsOrTwoSecretariesAreNot() {
        assertThat(CouncilComposition.broken(Map.of("maria", CouncilFunction.CHAIR, "sven", CouncilFunction.CHAIR,
                "rolf", CouncilFunction.SECRETARY, "olle", CouncilFunction.SECRETARY), 0))
                .containsExactly("council.members.error.oneChair", "council.members.error.oneSecretary");
    }

    @Test
    void theUtskottHasFiveSeats() {
        assertThat(CouncilComposition.broken(Map.of(), 6)).containsExactly("council.members.error.utskott");
    }
}
