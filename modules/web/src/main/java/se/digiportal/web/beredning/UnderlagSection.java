package se.digiportal.web.beredning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.beredning.application.Views.CommentView;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.web.faces.FacesMessages;

/**
 * The workbench's underlag section (underlag-section.xhtml): the draft's sections, save, publish, the PDF link
 * and the comments on the draft. The including page passes the case number.
 */
@Named
@ViewScoped
public class UnderlagSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionBasisPreparation preparation;

    @Inject
    transient FacesMessages messages;

    private String caseNumber;
    private DecisionBasisView underlag;
    private List<CommentView> comments = List.of();
    private String comment;

    private String background;
    private String need;
    private String options;
    private String costs;
    private String risks;
    private String gdpr;
    private String recommendation;
    private String proposedDecision;

    /** Called by the fragment with its caseNumber parameter; loads once per case, so typed input survives. */
    public void load(String forCase) {
        if (forCase == null || forCase.equals(caseNumber)) {
            return;
        }
        caseNumber = forCase;
        try {
            show(preparation.underlag(caseNumber));
        } catch (NotFoundException e) {
            underlag = null;
        }
    }

    public void save() {
        run(() -> preparation.save(caseNumber, content()), "underlag.saved");
    }

    /** Saves what is typed, then publishes it. */
    public void publish() {
        run(() -> {
            preparation.save(caseNumber, content());
            return preparation.publish(caseNumber);
        }, "underlag.published");
    }

    public void addComment() {
        try {
            preparation.comment(caseNumber, comment);
            comment = null;
            comments = preparation.comments(caseNumber);
            messages.info("underlag.commented");
        } catch (InvalidInputException e) {
            messages.fieldErrors("underlagForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    private void run(Supplier<DecisionBasisView> action, String doneKey) {
        try {
            show(action.get());
            messages.info(doneKey);
        } catch (InvalidInputException e) {
            messages.fieldErrors("underlagForm", e);
        } catch (ConflictException e) {
            messages.conflict(e);
        }
    }

    private void show(DecisionBasisView view) {
        underlag = view;
        DecisionBasisContent c = view.content();
        background = c.background();
        need = c.need();
        options = c.options();
        costs = c.costs();
        risks = c.risks();
        gdpr = c.gdpr();
        recommendation = c.recommendation();
        proposedDecision = c.proposedDecision();
        comments = preparation.comments(caseNumber);
    }

    private DecisionBasisContent content() {
        return new DecisionBasisContent(background, need, options, costs, risks, gdpr, recommendation,
                proposedDecision);
    }

    /** The PDF link, under /beredning/ so the area's roles and the signed-in session apply. */
    public String getPdfUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/beredning/underlag.pdf?case=" + caseNumber;
    }

    public boolean isAvailable() { return underlag != null && underlag.routing() != null
            && underlag.routing() != se.digiportal.beredning.domain.Routing.RECOMMENDATIONS_ONLY; }
    public boolean isEditable() { return underlag != null && underlag.editable(); }
    public String getCaseNumber() { return caseNumber; }
    public DecisionBasisView getUnderlag() { return underlag; }
    public List<CommentView> getComments() { return comments; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getCosts() { return costs; }
    public void setCosts(String costs) { this.costs = costs; }
    public String getRisks() { return risks; }
    public void setRisks(String risks) { this.risks = risks; }
    public String getGdpr() { return gdpr; }
    public void setGdpr(String gdpr) { this.gdpr = gdpr; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getProposedDecision() { return proposedDecision; }
    public void setProposedDecision(String proposedDecision) { this.proposedDecision = proposedDecision; }
}
