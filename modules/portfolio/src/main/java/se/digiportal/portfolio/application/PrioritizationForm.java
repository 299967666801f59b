package se.digiportal.portfolio.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.portfolio.domain.priority.Forcing;

/** What the project office edits of a year at once: the budget, the weights and every candidate's assessment. */
public class PrioritizationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long budget;
    private Map<String, Integer> weights = new HashMap<>();
    private List<CandidateForm> candidates = new ArrayList<>();

    public Long getBudget() { return budget; }
    public void setBudget(Long budget) { this.budget = budget; }
    public Map<String, Integer> getWeights() { return weights; }
    public void setWeights(Map<String, Integer> weights) { this.weights = weights; }
    public List<CandidateForm> getCandidates() { return candidates; }
    public void setCandidates(List<CandidateForm> candidates) { this.candidates = candidates; }

    /** One candidate's row: cost (tkr), forcing and scores per criterion code (null = not scored). */
    public static class CandidateForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String caseNumber;
        private Long cost;
        private Forcing forcing = Forcing.NONE;
        private Map<String, Integer> scores = new HashMap<>();

        public CandidateForm() {
        }

        public CandidateForm(String caseNumber, Long cost, Forcing forcing, Map<String, Integer> scores) {
            this.caseNumber = caseNumber;
            this.cost = cost;
            this.forcing = forcing;
            this.scores = new HashMap<>(scores);
        }

        public String getCaseNumber() { return caseNumber; }
        public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
        public Long getCost() { return cost; }
        public void setCost(Long cost) { this.cost = cost; }
        public Forcing getForcing() { return forcing; }
        public void setForcing(Forcing forcing) { this.forcing = forcing; }
        public Map<String, Integer> getScores() { return scores; }
        public void setScores(Map<String, Integer> scores) { this.scores = scores; }
    }
}
