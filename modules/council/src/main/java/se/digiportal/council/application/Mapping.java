package se.digiportal.council.application;

import se.digiportal.council.application.Views.AgendaItemView;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.DecisionView;
import se.digiportal.council.application.Views.MeetingDetail;
import se.digiportal.council.application.Views.ReferralView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilReferral;

/** Entities to views. */
final class Mapping {

    private Mapping() {
    }

    static CouncilMeetingView meeting(CouncilMeeting m) {
        return new CouncilMeetingView(m.id(), m.startsAt(), m.location(), m.status(), m.agendaSentAt());
    }

    static MeetingDetail detail(CouncilMeeting m) {
        return new MeetingDetail(meeting(m), m.agenda().stream().map(Mapping::item).toList());
    }

    static AgendaItemView item(AgendaItem i) {
        return new AgendaItemView(i.id(), i.position(), referral(i.referral()),
                i.decided() ? decision(i) : null);
    }

    static DecisionView decision(AgendaItem i) {
        var d = i.decision().orElseThrow();
        return new DecisionView(i.id(), i.meeting().id(), i.referral().caseNumber(), i.referral().title(),
                d.outcome(), d.motivation(), d.conditions(), d.whatToComplete(), d.decidedBy(), d.decidedAt());
    }

    static ReferralView referral(CouncilReferral r) {
        return new ReferralView(r.id(), r.caseNumber(), r.title(), r.serviceAreaCode(), r.underlagId(), r.kind(),
                r.proposedDecision(), r.motivation(), r.referredBy(), r.referredAt(), r.status());
    }
}
