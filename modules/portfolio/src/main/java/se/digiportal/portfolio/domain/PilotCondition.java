package se.digiportal.portfolio.domain;

import java.util.Locale;

/** Whether a council decision's conditions make the item a pilot (the council writes e.g. "som pilot"). */
public final class PilotCondition {

    private PilotCondition() {
    }

    public static boolean impliedBy(String conditions) {
        return conditions != null && conditions.toLowerCase(Locale.ROOT).contains("pilot");
    }
}
