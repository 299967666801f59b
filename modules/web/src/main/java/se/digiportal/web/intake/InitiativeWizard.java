package se.digiportal.web.intake;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import se.digiportal.intake.application.InitiativeForm;
import se.digiportal.intake.application.IntakeService;
import se.digiportal.intake.application.Views.AttachmentView;
import se.digiportal.intake.application.Views.CriteriaView;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.application.Views.SimilarView;
import se.digiportal.intake.domain.Beneficiary;
import se.digiportal.intake.domain.SharedResource;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.web.faces.FacesMessages;

/**
 * The e-tjänst's five-step form. Every step change and the "save draft" button store the draft, so a closed
 * browser loses nothing; the criteria panel is re-evaluated by the service as answers change.
 */
@Named
@ViewScoped
public class InitiativeWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "wizard";
    static final int REVIEW = 4;

    @Inject
    transient IntakeService intake;

    @Inject
    transient FacesMessages messages;

    private Long draftId;
    private int step;
    private InitiativeForm form;
    private CriteriaView criteria;
    private List<SimilarView> similar = List.of();
    private List<AttachmentView> attachments = List.of();
    private transient Part file;
    private List<ServiceAreaView> serviceAreas;
    private List<OrgUnitView> orgUnits;

    /** Runs once per view: a resumed draft (?draft=id) or a fresh template with the user's defaults. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        serviceAreas = intake.serviceAreas();
        orgUnits = intake.orgUnits();
        if (draftId != null) {
            try {
                form = intake.draft(draftId);
                attachments = intake.attachments(draftId);
            } catch (NotFoundException e) {
                draftId = null;
                messages.error("intake.draft.notFound");
                form = intake.newForm();
            }
        } else {
            form = intake.newForm();
        }
        evaluate();
        findSimilar();
    }

    public void evaluate() {
        criteria = intake.evaluate(form);
    }

    /** Looks for similar cases while title and need are written, and on the summary step. */
    public void findSimilar() {
        similar = intake.similar(form);
    }

    public void next() {
        if (saveQuietly()) {
            step = Math.min(step + 1, REVIEW);
            if (step == REVIEW) {
                findSimilar();
            }
        }
    }

    public void back() {
        if (saveQuietly()) {
            step = Math.max(step - 1, 0);
        }
    }

    public void saveDraft() {
        if (saveQuietly()) {
            messages.info("intake.draft.saved");
        }
    }

    /** Attaches the chosen file to the draft (saved first, so there is a draft to attach to). */
    public void upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0) {
            String text = messages.text("intake.attachment.empty");
            context.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        if (!saveQuietly()) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            // The list below shows the new file; no global message (the layout's message list trips axe's list rule).
            intake.attach(draftId, file.getSubmittedFileName(), in.readAllBytes());
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> {
                String text = messages.text(err.messageKey());
                context.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
        } catch (IOException e) {
            messages.error("intake.attachment.failed");
        }
        attachments = intake.attachments(draftId);
    }

    public void submit() throws IOException {
        try {
            if (draftId == null) {
                draftId = intake.saveDraft(null, form).id();
            }
            InitiativeView submitted = intake.submitDraft(draftId, form);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/intake/receipt.xhtml?case=" + submitted.caseNumber());
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private boolean saveQuietly() {
        try {
            draftId = intake.saveDraft(draftId, form).id();
            evaluate();
            return true;
        } catch (InvalidInputException e) {
            showErrors(e);
            return false;
        }
    }

    /** Field errors at their fields; on the summary step, where those fields are not shown, as a list on top. */
    private void showErrors(InvalidInputException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (InvalidInputException.FieldError error : e.errors()) {
            String componentId = componentId(error.field());
            String text = messages.text(error.messageKey());
            if (step == REVIEW) {
                String label = messages.text("intake.field." + componentId);
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, null));
            } else {
                context.addMessage(FORM + ":" + componentId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
        context.validationFailed();
    }

    /** The service names fields as the API does ("contact.email"); a component id cannot hold a dot. */
    static String componentId(String field) {
        return switch (field) {
            case "contact.name" -> "contactName";
            case "contact.email" -> "contactEmail";
            case "contact.phone" -> "contactPhone";
            default -> field.startsWith("sharedResourceHours")
                    ? "hours" + (field.contains(".") ? field.substring(field.indexOf('.') + 1) : "DIGITALISATION")
                    : field;
        };
    }

    public String orgUnitName(String code) {
        return orgUnits.stream().filter(u -> u.code().equals(code)).findFirst().map(OrgUnitView::name).orElse(code);
    }

    public Beneficiary[] getBeneficiaryOptions() { return Beneficiary.values(); }
    public SharedResource[] getSharedResources() { return SharedResource.values(); }
    public List<ServiceAreaView> getServiceAreas() { return serviceAreas; }
    public List<OrgUnitView> getOrgUnits() { return orgUnits; }
    public InitiativeForm getForm() { return form; }
    public CriteriaView getCriteria() { return criteria; }
    public List<SimilarView> getSimilar() { return similar; }
    public List<AttachmentView> getAttachments() { return attachments; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public int getStep() { return step; }
    public boolean isReview() { return step == REVIEW; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
}
