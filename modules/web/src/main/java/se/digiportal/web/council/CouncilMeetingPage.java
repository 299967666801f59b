package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.council.api.DecisionOutcome;
import se.digiportal.council.application.CouncilDecisions;
import se.digiportal.council.application.CouncilMeetings;
import se.digiportal.council.application.Views.AgendaItemView;
import se.digiportal.council.application.Views.DecisionForm;
import se.digiportal.council.application.Views.MeetingDetail;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.web.faces.FacesMessages;

/**
 * One council meeting: its föredragningslista with each case's underlag and decision; the secretary orders the
 * agenda and records the decisions.
 */
@Named
@ViewScoped
public class CouncilMeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CouncilMeetings meetings;

    @Inject
    transient CouncilDecisions decisions;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient se.digiportal.council.application.CouncilMinutes minutesService;

    @Inject
    transient se.digiportal.kernel.application.Directory directory;

    @Inject
    transient se.digiportal.council.application.MinutesCorrections correctionService;

    private se.digiportal.council.application.Views.MinutesView minutes;
    private List<se.digiportal.council.application.Views.CorrectionView> corrections = List.of();
    private String correctionBody;
    private String correctionAdjuster;
    /** The draft correction the form edits; null when it drafts a new one. */
    private Long editingCorrectionId;
    private String adjuster;
    private String present;
    private String body;

    private long meetingId;
    private MeetingDetail meeting;
    private final Map<Long, Draft> drafts = new HashMap<>();

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            meetingId = Long.parseLong(id == null ? "" : id);
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            meeting = null;
        }
    }

    private void reload() {
        meeting = meetings.meeting(meetingId);
        try {
            minutes = minutesService.minutes(meetingId);
            present = minutes.present();
            body = minutes.body();
            adjuster = minutes.adjuster();
        } catch (NotFoundException e) {
            minutes = null;
        }
        corrections = correctionService.corrections(meetingId);
        meeting.agenda().forEach(i -> drafts.putIfAbsent(i.id(), new Draft()));
    }

    public void moveUp(AgendaItemView item) {
        move(item, item.position() - 1);
    }

    public void moveDown(AgendaItemView item) {
        move(item, item.position() + 1);
    }

    private void move(AgendaItemView item, int position) {
        try {
            meeting = meetings.move(meetingId, item.id(), position);
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void decide(AgendaItemView item) {
        Draft d = drafts.get(item.id());
        try {
            decisions.decide(new DecisionForm(item.id(), d.outcome, d.motivation, d.conditions, d.whatToComplete));
            drafts.remove(item.id());
            reload();
            messages.info("council.decided");
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    public void sendAgenda() {
        try {
            meetings.sendAgenda(meetingId);
            reload();
            messages.info("council.agendaSent");
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void draftMinutes() {
        try {
            minutesService.draft(meetingId, adjuster);
            reload();
            messages.info("council.minutesDrafted");
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    public void saveMinutes() {
        try {
            minutesService.edit(meetingId, present, body, adjuster);
            reload();
            messages.info("council.minutesSaved");
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> messages.error(err.messageKey()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    public void adjustMinutes() {
        try {
            minutesService.adjust(meetingId);
            reload();
            messages.info("council.minutesAdjusted");
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    public void draftCorrection() {
        try {
            correctionService.draft(meetingId, correctionBody, correctionAdjuster);
            correctionBody = null;
            reload();
            messages.info("council.correctionDrafted");
        } catch (InvalidInputException e) {
            messages.fieldErrors("correctionsForm", rename(e));
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    /** A draft is the secretary's to change until its adjuster has adjusted it. */
    public void startCorrectionEdit(se.digiportal.council.application.Views.CorrectionView c) {
        editingCorrectionId = c.id();
        correctionBody = c.body();
        correctionAdjuster = c.adjuster();
    }

    public void saveCorrectionEdit() {
        try {
            correctionService.edit(meetingId, editingCorrectionId, correctionBody, correctionAdjuster);
            cancelCorrectionEdit();
            reload();
            messages.info("council.correctionSaved");
        } catch (InvalidInputException e) {
            messages.fieldErrors("correctionsForm", rename(e));
        } catch (ConflictException e) {
            messages.conflict(e);
            cancelCorrectionEdit();
            reload();
        }
    }

    public void cancelCorrectionEdit() {
        editingCorrectionId = null;
        correctionBody = null;
        correctionAdjuster = null;
    }

    public boolean isEditingCorrection() { return editingCorrectionId != null; }
    public Long getEditingCorrectionId() { return editingCorrectionId; }

    public void adjustCorrection(long correctionId) {
        try {
            correctionService.adjust(meetingId, correctionId);
            reload();
            messages.info("council.correctionAdjustedInfo");
        } catch (ConflictException e) {
            messages.conflict(e);
            reload();
        }
    }

    /** The service names its fields body/adjuster; on this form they are the correction's. */
    private static InvalidInputException rename(InvalidInputException e) {
        return new InvalidInputException(e.errors().stream().map(err -> new InvalidInputException.FieldError(
                "body".equals(err.field()) ? "correctionBody" : "correctionAdjuster", err.messageKey())).toList());
    }

    /** The beredningsgrupp may follow an item to its case; other council members read its underlag. */
    public boolean isPreparer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PREPARER);
    }

    public List<se.digiportal.council.application.Views.CorrectionView> getCorrections() { return corrections; }
    public String getCorrectionBody() { return correctionBody; }
    public void setCorrectionBody(String correctionBody) { this.correctionBody = correctionBody; }
    public String getCorrectionAdjuster() { return correctionAdjuster; }
    public void setCorrectionAdjuster(String correctionAdjuster) { this.correctionAdjuster = correctionAdjuster; }

    /** The council members who may be named adjuster. */
    public List<se.digiportal.kernel.application.Views.Person> getAdjusters() {
        return directory.withRole(se.digiportal.kernel.api.Role.COUNCIL_MEMBER);
    }

    public boolean isNamedAdjuster() {
        return minutes != null && minutes.adjuster().equals(
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public se.digiportal.council.application.Views.MinutesView getMinutes() { return minutes; }
    public String getAdjuster() { return adjuster; }
    public void setAdjuster(String adjuster) { this.adjuster = adjuster; }
    public String getPresent() { return present; }
    public void setPresent(String present) { this.present = present; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }

    public boolean isSecretary() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COUNCIL_SECRETARY);
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(DecisionOutcome.values()).map(Enum::name).toList();
    }

    public MeetingDetail getMeeting() { return meeting; }
    public Map<Long, Draft> getDrafts() { return drafts; }
    public long getMeetingId() { return meetingId; }

    /** The decision being written for one item. */
    public static class Draft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String outcome;
        private String motivation;
        private String conditions;
        private String whatToComplete;

        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getMotivation() { return motivation; }
        public void setMotivation(String motivation) { this.motivation = motivation; }
        public String getConditions() { return conditions; }
        public void setConditions(String conditions) { this.conditions = conditions; }
        public String getWhatToComplete() { return whatToComplete; }
        public void setWhatToComplete(String whatToComplete) { this.whatToComplete = whatToComplete; }
    }
}
