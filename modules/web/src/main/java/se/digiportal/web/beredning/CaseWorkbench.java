package se.digiportal.web.beredning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.digiportal.beredning.application.PreparationCases;
import se.digiportal.beredning.application.Views.CaseView;
import se.digiportal.beredning.application.Views.ChecklistLine;
import se.digiportal.beredning.application.Views.RecommendationForm;
import se.digiportal.intake.api.CaseCorrespondence;
import se.digiportal.intake.api.CaseCorrespondence.CaseMessage;
import se.digiportal.intake.application.CaseDossier;
import se.digiportal.intake.application.CaseDossier.Dossier;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.web.faces.FacesMessages;

/**
 * The case workbench: what was submitted (from intake) beside the beredning of it, and one small form per step.
 * Each action calls one use case and shows its result or the field errors.
 */
@Named
@ViewScoped
public class CaseWorkbench implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PreparationCases cases;

    @Inject
    transient CaseDossier dossiers;

    @Inject
    transient CaseCorrespondence correspondence;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private CaseView view;
    private Dossier dossier;
    private List<CaseMessage> thread;
    private List<Person> preparers;

    private String assignee;
    private final Map<String, String> verdicts = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String whatToComplete;
    private LocalDate deadline;
    private String outcome;
    private String assessmentMotivation;
    private final List<String> topics = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private String messageSubject;
    private String messageText;
    private String routing;
    private String routingMotivation;
    private String consultationMode;

    public void load() {
        try {
            refresh(cases.workbench(caseNumber));
            dossier = dossiers.dossier(caseNumber);
        } catch (NotFoundException e) {
            view = null;
            messages.error("beredning.case.notFound");
        }
        if (topics.isEmpty()) {
            addRecommendation();
        }
    }

    private void refresh(CaseView fresh) {
        view = fresh;
        assignee = fresh.assignee();
        routing = routing == null ? fresh.routing() == null ? fresh.suggestedRouting() : fresh.routing() : routing;
        consultationMode = fresh.consultationMode();
        for (ChecklistLine line : fresh.checklist()) {
            verdicts.put(line.code(), line.verdict());
            comments.put(line.code(), line.comment());
        }
        thread = null;
        if (dossier != null) {
            dossier = dossiers.dossier(caseNumber);
        }
    }

    public void assignToMe() {
        act("assignForm", () -> cases.assignToMe(caseNumber), "beredning.assigned");
    }

    public void assign() {
        act("assignForm", () -> cases.assign(caseNumber, assignee), "beredning.assigned");
    }

    public void saveChecklist(String code) {
        act("checklistForm", () -> cases.answerChecklist(caseNumber, code, verdicts.get(code), comments.get(code)),
                "beredning.checklist.saved");
    }

    public void requestCompletion() {
        if (act("completionForm", () -> cases.requestCompletion(caseNumber, whatToComplete, deadline),
                "beredning.completion.sent")) {
            whatToComplete = null;
            deadline = null;
        }
    }

    public void resume() {
        act("completionForm", () -> cases.resume(caseNumber), "beredning.resumed");
    }

    public void assess() {
        act("assessmentForm", () -> cases.assess(caseNumber, outcome, assessmentMotivation), "beredning.assessed");
    }

    public void addRecommendation() {
        topics.add(null);
        texts.add(null);
    }

    public void sendRecommendations() {
        List<RecommendationForm> forms = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            forms.add(new RecommendationForm(topics.get(i), texts.get(i)));
        }
        try {
            refresh(cases.recommend(caseNumber, forms));
            messages.info("beredning.recommendations.sent");
            topics.clear();
            texts.clear();
            addRecommendation();
        } catch (InvalidInputException e) {
            // "recommendations[1].text" is the field of the second row: recommendationForm:rows:1:text.
            messages.fieldErrors("recommendationForm", new InvalidInputException(e.errors().stream()
                    .map(err -> new InvalidInputException.FieldError(err.field()
                            .replaceFirst("^recommendations\\[(\\d+)]\\.", "rows:$1:"), err.messageKey()))
                    .toList()));
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    /** A message to the submitter in the case's thread (and by mail). */
    public void sendMessage() {
        try {
            correspondence.send(caseNumber, messageSubject, messageText);
            thread = null;
            messageSubject = null;
            messageText = null;
            messages.info("beredning.messages.sent");
        } catch (InvalidInputException e) {
            messages.fieldErrors("messageForm", e);
        }
    }

    public void route() {
        act("routingForm", () -> cases.route(caseNumber, routing, routingMotivation, consultationMode),
                "beredning.routed");
    }

    public void qualityAssure() {
        act("routingForm", () -> cases.qualityAssure(caseNumber), "beredning.qualityAssured");
    }

    private boolean act(String formId, Supplier<CaseView> action, String doneKey) {
        try {
            refresh(action.get());
            messages.info(doneKey);
            return true;
        } catch (InvalidInputException e) {
            messages.fieldErrors(formId, e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
        return false;
    }

    public List<CaseMessage> getThread() {
        if (thread == null && view != null) {
            thread = correspondence.thread(caseNumber);
        }
        return thread;
    }

    public List<Person> getPreparers() {
        if (preparers == null) {
            preparers = cases.preparers();
        }
        return preparers;
    }

    public List<Integer> getRecommendationIndexes() {
        return java.util.stream.IntStream.range(0, topics.size()).boxed().toList();
    }

    public long getChecklistDone() {
        return view == null ? 0 : view.checklist().stream().filter(l -> l.verdict() != null).count();
    }

    public boolean isOpen() {
        return view != null && view.open();
    }

    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public CaseView getView() { return view; }
    public Dossier getDossier() { return dossier; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public Map<String, String> getVerdicts() { return verdicts; }
    public Map<String, String> getComments() { return comments; }
    public String getWhatToComplete() { return whatToComplete; }
    public void setWhatToComplete(String whatToComplete) { this.whatToComplete = whatToComplete; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getAssessmentMotivation() { return assessmentMotivation; }
    public void setAssessmentMotivation(String assessmentMotivation) { this.assessmentMotivation = assessmentMotivation; }
    public List<String> getTopics() { return topics; }
    public List<String> getTexts() { return texts; }
    public String getMessageSubject() { return messageSubject; }
    public void setMessageSubject(String messageSubject) { this.messageSubject = messageSubject; }
    public String getMessageText() { return messageText; }
    public void setMessageText(String messageText) { this.messageText = messageText; }
    public String getRouting() { return routing; }
    public void setRouting(String routing) { this.routing = routing; }
    public String getRoutingMotivation() { return routingMotivation; }
    public void setRoutingMotivation(String routingMotivation) { this.routingMotivation = routingMotivation; }
    public String getConsultationMode() { return consultationMode; }
    public void setConsultationMode(String consultationMode) { this.consultationMode = consultationMode; }
}
