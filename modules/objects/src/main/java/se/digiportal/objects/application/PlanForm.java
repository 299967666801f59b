package se.digiportal.objects.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.digiportal.objects.domain.ActivityKind;
import se.digiportal.objects.domain.Term;

/**
 * What the lead pair sends when saving an objektplan: the whole content, replaced at once. Plain JavaBeans so
 * both JSON-B (the API) and JSF (the editor's rows) can fill them; the rules are checked by the domain.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String overallPlan;
    private List<Goal> goals = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<Budget> budget = new ArrayList<>();
    private List<Initiative> initiatives = new ArrayList<>();

    public String getOverallPlan() { return overallPlan; }
    public void setOverallPlan(String overallPlan) { this.overallPlan = overallPlan; }
    public List<Goal> getGoals() { return goals; }
    public void setGoals(List<Goal> goals) { this.goals = goals == null ? new ArrayList<>() : goals; }
    public List<Activity> getActivities() { return activities; }
    public void setActivities(List<Activity> activities) { this.activities = activities == null ? new ArrayList<>() : activities; }
    public List<Budget> getBudget() { return budget; }
    public void setBudget(List<Budget> budget) { this.budget = budget == null ? new ArrayList<>() : budget; }
    public List<Initiative> getInitiatives() { return initiatives; }
    public void setInitiatives(List<Initiative> initiatives) { this.initiatives = initiatives == null ? new ArrayList<>() : initiatives; }

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
        private ActivityKind kind;
        private String description;
        private Integer quarter;
        private String owner;
        private Long cost;

        public Activity() {
        }

        public Activity(ActivityKind kind, String description, Integer quarter, String owner, Long cost) {
            this.kind = kind;
            this.description = description;
            this.quarter = quarter;
            this.owner = owner;
            this.cost = cost;
        }

        public ActivityKind getKind() { return kind; }
        public void setKind(ActivityKind kind) { this.kind = kind; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Integer getQuarter() { return quarter; }
        public void setQuarter(Integer quarter) { this.quarter = quarter; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public Long getCost() { return cost; }
        public void setCost(Long cost) { this.cost = cost; }
    }

    public static class Budget implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category;
        private Long amount;

        public Budget() {
        }

        public Budget(String category, Long amount) {
            this.category = category;
            this.amount = amount;
        }

        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public Long getAmount() { return amount; }
        public void setAmount(Long amount) { this.amount = amount; }
    }

    public static class Initiative implements Serializable {
        private static final long serialVersionUID = 1L;
        private Term term;
        private String title;
        private String caseNumber;

        public Initiative() {
        }

        public Initiative(Term term, String title, String caseNumber) {
            this.term = term;
            this.title = title;
            this.caseNumber = caseNumber;
        }

        public Term getTerm() { return term; }
        public void setTerm(Term term) { this.term = term; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    }
}
