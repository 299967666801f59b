package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimilarCaseTest {

    private static SimilarCase scored(String number, double relevance) {
        return new SimilarCase(number, "Titel " + number, "SOCIAL", relevance);
    }

    @Test
    void a_lone_shared_word_far_below_the_best_match_is_noise() {
        List<SimilarCase> shown = SimilarCase.worthShowing(List.of(scored("A", 2.0), scored("B", 25.0),
                scored("C", 9.0)));

        assertThat(shown).extracting(SimilarCase::caseNumber).containsExactly("B", "C");
    }

    @Test
    void nothing_is_shown_below_the_absolute_threshold() {
        assertThat(SimilarCase.worthShowing(List.of(scored("A", 0.9), scored("B", 0.5)))).isEmpty();
        assertThat(SimilarCase.worthShowing(List.of())).isEmpty();
    }

    @Test
    void at_most_five_are_shown() {
        List<SimilarCase> many = IntStream.range(0, 8).mapToObj(i -> scored("C" + i, 10 + i)).toList();

        assertThat(SimilarCase.worthShowing(many)).hasSize(5).first().extracting(SimilarCase::caseNumber)
                .isEqualTo("C7");
    }
}
