package se.digiportal.council.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import se.digiportal.beredning.api.CaseReferredToCouncil;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.beredning.api.ConsultationRequested;
import se.digiportal.council.domain.CaseContact;
import se.digiportal.council.domain.CaseContactRepository;
import se.digiportal.council.domain.Consultation;
import se.digiportal.council.domain.ConsultationRepository;
import se.digiportal.council.domain.CouncilReferral;
import se.digiportal.council.domain.CouncilReferralRepository;
import se.digiportal.council.domain.ReferralKind;
import se.digiportal.intake.api.InitiativeCompleted;
import se.digiportal.intake.api.InitiativeSubmitted;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;

/**
 * What beredning and intake publish, as the council takes it in: a referred case (or a samråd to be held on a
 * meeting) joins the "to be scheduled" list, a snabbsamråd waits for the secretary to open it, and the submitter
 * and contact person of every case are kept for the
 * decision mail. Observed in the publishing transaction, so a case is never referred without arriving here.
 */
@ApplicationScoped
public class Referrals {

    @Inject
    CouncilReferralRepository referrals;

    @Inject
    CaseContactRepository contacts;

    @Inject
    ConsultationRepository consultations;

    @Inject
    AuditTrail audit;

    void referred(@Observes CaseReferredToCouncil event) {
        arrived(new CouncilReferral(event.caseNumber(), event.title(), event.serviceAreaCode(), event.orgUnitId(),
                event.underlagId(), ReferralKind.DECISION, event.proposedDecision(), event.motivation(),
                event.referredBy(), event.occurredAt()));
    }

    void consultation(@Observes ConsultationRequested event) {
        if (event.mode() == ConsultationMode.COUNCIL_MEETING) {
            arrived(new CouncilReferral(event.caseNumber(), event.title(), event.serviceAreaCode(),
                    event.orgUnitId(), event.underlagId(), ReferralKind.CONSULTATION, null, null,
                    event.referredBy(), event.occurredAt()));
        } else {
            Consultation saved = consultations.save(new Consultation(event.caseNumber(), event.title(),
                    event.orgUnitId(), event.underlagId(), event.responsibleDirector(), event.referredBy(),
                    event.occurredAt()));
            audit.record(Consultation.AUDIT_TYPE, saved.id(), "CONSULTATION_REQUESTED", Changes.between(Map.of(),
                    Map.of("caseNumber", saved.caseNumber(), "status", saved.status())));
        }
    }

    void submitted(@Observes InitiativeSubmitted event) {
        remember(event.caseNumber(), event.submittedBy(), event.facts().contactEmail());
    }

    void completed(@Observes InitiativeCompleted event) {
        remember(event.caseNumber(), event.facts().submittedBy(), event.facts().contactEmail());
    }

    private void arrived(CouncilReferral referral) {
        CouncilReferral saved = referrals.save(referral);
        audit.record(CouncilReferral.AUDIT_TYPE, saved.id(), "REFERRAL_RECEIVED", Changes.between(Map.of(),
                Map.of("caseNumber", saved.caseNumber(), "kind", saved.kind(), "status", saved.status())));
    }

    private void remember(String caseNumber, String submittedBy, String contactEmail) {
        contacts.find(caseNumber).ifPresentOrElse(c -> c.update(submittedBy, contactEmail),
                () -> contacts.save(new CaseContact(caseNumber, submittedBy, contactEmail)));
    }
}
