package se.digiportal.portfolio.domain.priority;

/** Whether a high score on a criterion speaks for an item (benefit, strategic fit) or against it (risk, cost). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
