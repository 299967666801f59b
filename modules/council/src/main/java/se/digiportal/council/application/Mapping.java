package se.digiportal.council.application;

import se.digiportal.council.application.Views.AgendaItemView;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.DecisionLinks;
import se.digiportal.council.application.Views.DecisionView;
import se.digiportal.council.application.Views.MeetingDetail;
import se.digiportal.council.application.Views.ReferralView;
import se.digiportal.council.domain.AgendaItem;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilReferral;
import se.digiportal.council.domain.Minutes;

/** Entities to views. */
final class Mapping {

    private Mapping() {
    }

    static CouncilMeetingView meeting(CouncilMeeting m) {
        return new CouncilMeetingView(m.id(), m.startsAt(), m.location(), m.status(), m.agendaSentAt());
    }

    static MeetingDetail detail(CouncilMeeting m) {
        return detail(m, null);
    }

    static MeetingDetail detail(CouncilMeeting m, Minutes minutes) {
        return new MeetingDetail(meeting(m), m.agenda().stream().map(i -> item(i, minutes)).toList());
    }

    static AgendaItemView item(AgendaItem i) {
        return item(i, null);
    }

    static AgendaItemView item(AgendaItem i, Minutes minutes) {
        return new AgendaItemView(i.id(), i.position(), referral(i.referral()),
                i.decided() ? decision(i, minutes) : null);
    }

    static DecisionView decision(AgendaItem i) {
        return decision(i, null);
    }

    /** The decision with the minutes of its meeting, when there are any. */
    static DecisionView decision(AgendaItem i, Minutes minutes) {
        var d = i.decision().orElseThrow();
        long meetingId = i.meeting().id();
        String api = "/api/v1/council/meetings/" + meetingId;
        DecisionLinks links = new DecisionLinks(api, api + "/agenda", "/council/meeting.xhtml?id=" + meetingId
                + "#item-" + i.id(), minutes == null ? null : api + "/minutes",
                minutes == null ? null : api + "/minutes.pdf",
                "/beredning/case.xhtml?case=" + i.referral().caseNumber());
        return new DecisionView(i.id(), i.position(), meetingId, i.meeting().startsAt(), i.referral().caseNumber(),
                i.referral().title(), d.outcome(), d.motivation(), d.conditions(), d.whatToComplete(), d.decidedBy(),
                d.decidedAt(), minutes == null ? null : minutes.id(), minutes == null ? null : minutes.status().name(),
                links);
    }

    static ReferralView referral(CouncilReferral r) {
        return new ReferralView(r.id(), r.caseNumber(), r.title(), r.serviceAreaCode(), r.underlagId(), r.kind(),
                r.proposedDecision(), r.motivation(), r.referredBy(), r.referredAt(), r.status());
    }
}
