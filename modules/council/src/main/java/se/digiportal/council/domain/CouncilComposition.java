package se.digiportal.council.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the council may be made up: one chair and one secretary at most, and an utskott for e-service questions of
 * at most {@value #UTSKOTT_SIZE} members (seed 003).
 */
public final class CouncilComposition {

    public static final int UTSKOTT_SIZE = 5;

    private CouncilComposition() {
    }

    /**
     * The rules the council would break, as message keys; empty when it is fine.
     *
     * @param functions every member's function, by username, as it would be
     * @param utskott   how many would sit on the utskott
     */
    public static List<String> broken(Map<String, CouncilFunction> functions, long utskott) {
        List<String> broken = new ArrayList<>();
        if (functions.values().stream().filter(f -> f == CouncilFunction.CHAIR).count() > 1) {
            broken.add("council.members.error.oneChair");
        }
        if (functions.values().stream().filter(f -> f == CouncilFunction.SECRETARY).count() > 1) {
            broken.add("council.members.error.oneSecretary");
        }
        if (utskott > UTSKOTT_SIZE) {
            broken.add("council.members.error.utskott");
        }
        return broken;
    }
}
