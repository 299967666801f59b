package se.digiportal.objects.domain;

import java.util.List;

/** A plan cannot be submitted while the object or one of its systems lacks a person; {@link #gaps()} says who. */
public class PlanNotReady extends RuntimeException {

    private final transient List<Gap> gaps;

    public PlanNotReady(List<Gap> gaps) {
        super("plan not ready: " + gaps);
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> gaps() {
        return gaps;
    }
}
