package se.digiportal.beredning.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of an underlag (decision basis) as the beredare writes them. Field names are the form's and the
 * API's, so a missing section can be named at its field.
 */
public record DecisionBasisContent(String background, String need, String options, String costs, String risks,
                                   String gdpr, String recommendation, String proposedDecision) {

    public static final int SECTION_MAX_LENGTH = 8000;

    public static DecisionBasisContent empty() {
        return new DecisionBasisContent(null, null, null, null, null, null, null, null);
    }

    /** Trimmed, blanks as null; the rules are {@link DecisionBasis}'s. */
    public DecisionBasisContent {
        background = clean(background);
        need = clean(need);
        options = clean(options);
        costs = clean(costs);
        risks = clean(risks);
        gdpr = clean(gdpr);
        recommendation = clean(recommendation);
        proposedDecision = clean(proposedDecision);
    }

    /** Section name → text, in the order the underlag is read. */
    public Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("background", background);
        m.put("need", need);
        m.put("options", options);
        m.put("costs", costs);
        m.put("risks", risks);
        m.put("gdpr", gdpr);
        m.put("recommendation", recommendation);
        m.put("proposedDecision", proposedDecision);
        return m;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
