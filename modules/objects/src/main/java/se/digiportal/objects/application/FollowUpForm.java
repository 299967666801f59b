package se.digiportal.objects.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The year-end follow-up as entered in the page or sent to the API: one row per goal and per activity, in the
 * plan's order. The descriptions are only shown; the plan keeps its own.
 */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Goal> goals = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();

    public List<Goal> getGoals() { return goals; }
    public void setGoals(List<Goal> goals) { this.goals = goals == null ? new ArrayList<>() : goals; }
    public List<Activity> getActivities() { return activities; }
    public void setActivities(List<Activity> activities) {
        this.activities = activities == null ? new ArrayList<>() : activities;
    }

    public static class Goal implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String outcome;

        public Goal() {
        }

        public Goal(String description, String outcome) {
            this.description = description;
            this.outcome = outcome;
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
    }

    public static class Activity implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String outcome;
        private Boolean done;

        public Activity() {
        }

        public Activity(String description, String outcome, Boolean done) {
            this.description = description;
            this.outcome = outcome;
            this.done = done;
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public Boolean getDone() { return done; }
        public void setDone(Boolean done) { this.done = done; }
    }
}
