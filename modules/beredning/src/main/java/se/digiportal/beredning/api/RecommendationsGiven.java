package se.digiportal.beredning.api;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.CaseEvent;

/**
 * Published when the beredningsgrupp sends its recommendations back to the initiating verksamhet, which keeps
 * ownership of the initiative (seed 000).
 */
public record RecommendationsGiven(String caseNumber, List<Recommendation> recommendations, String givenBy,
                                   Instant occurredAt) implements CaseEvent {

    public RecommendationsGiven {
        recommendations = List.copyOf(recommendations);
    }

    /** One recommendation: what it is about and what the group recommends. */
    public record Recommendation(String topic, String text) {
    }

    @Override
    public String timelineKind() {
        return "RECOMMENDATION";
    }

    @Override
    public String timelineDetail() {
        return recommendations.stream().map(Recommendation::topic).collect(Collectors.joining(", "));
    }
}
