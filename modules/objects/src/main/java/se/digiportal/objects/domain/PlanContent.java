package se.digiportal.objects.domain;

import java.util.List;

/** Everything the lead pair writes in an objektplan, replaced as a whole on each save. */
public record PlanContent(String overallPlan, List<PlanGoal> goals, List<PlanActivity> activities,
                          List<BudgetLine> budget, List<PlannedInitiative> initiatives) {

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        activities = activities == null ? List.of() : List.copyOf(activities);
        budget = budget == null ? List.of() : List.copyOf(budget);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }
}
