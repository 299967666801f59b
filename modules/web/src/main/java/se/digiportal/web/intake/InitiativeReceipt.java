package se.digiportal.web.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.intake.api.CaseCorrespondence.CaseMessage;
import se.digiportal.intake.application.CompletionForm;
import se.digiportal.intake.application.Correspondence;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.CompletionRequestView;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.TimelineView;
import se.digiportal.intake.application.Views.VersionView;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/**
 * The case page (reached as the receipt after submitting): what was sent, its status and timeline, an open
 * completion request with the form that answers it, the message thread, the versions, and withdrawal.
 */
@Named
@ViewScoped
public class InitiativeReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeService intake;

    @Inject
    transient Correspondence correspondence;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private boolean submittersSide;
    private InitiativeView initiative;
    private List<TimelineView> timeline = List.of();
    private CompletionRequestView openRequest;
    private CompletionForm completion;
    private List<CaseMessage> thread = List.of();
    private List<VersionView> versions = List.of();
    private String reply;
    private String withdrawalReason;

    public void load() {
        try {
            initiative = intake.byCaseNumber(caseNumber);
            timeline = intake.timeline(caseNumber);
            openRequest = correspondence.openRequest(caseNumber).orElse(null);
            thread = correspondence.messages(caseNumber);
            versions = correspondence.versions(caseNumber).stream()
                    .map(v -> correspondence.version(caseNumber, v.number())).toList();
            // The beredningsgrupp reads the page but neither completes, replies nor withdraws.
            submittersSide = correspondence.answersFor(caseNumber);
            completion = submittersSide ? correspondence.completionForm(caseNumber) : null;
        } catch (NotFoundException e) {
            initiative = null;
            messages.error("intake.receipt.notFound");
        }
    }

    public void complete() {
        try {
            completion.markAllSent();
            correspondence.complete(caseNumber, completion);
            messages.info("intake.completion.done");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("completionForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void sendReply() {
        try {
            correspondence.reply(caseNumber, reply);
            reply = null;
            messages.info("intake.thread.sent");
            thread = correspondence.messages(caseNumber);
        } catch (InvalidInputException e) {
            messages.fieldErrors("replyForm", e);
        }
    }

    public void withdraw() {
        try {
            intake.withdraw(caseNumber, withdrawalReason);
            withdrawalReason = null;
            messages.info("intake.withdraw.done");
            load();
        } catch (InvalidInputException e) {
            messages.fieldErrors("withdrawForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        } catch (NotFoundException e) {
            messages.error("intake.receipt.notFound");
        }
    }

    /** Only the submitter withdraws, and only a case still with the beredningsgrupp (the service decides again). */
    public boolean isWithdrawable() {
        String me = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return submittersSide && initiative != null && initiative.submittedBy().equals(me)
                && ("SUBMITTED".equals(initiative.status()) || "IN_PREPARATION".equals(initiative.status()));
    }

    public InitiativeView getInitiative() { return initiative; }
    public List<TimelineView> getTimeline() { return timeline; }
    public CompletionRequestView getOpenRequest() { return openRequest; }
    public CompletionForm getCompletion() { return completion; }
    public List<CaseMessage> getThread() { return thread; }
    public List<VersionView> getVersions() { return versions; }
    public boolean isSubmittersSide() { return submittersSide; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public void setWithdrawalReason(String withdrawalReason) { this.withdrawalReason = withdrawalReason; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
}
