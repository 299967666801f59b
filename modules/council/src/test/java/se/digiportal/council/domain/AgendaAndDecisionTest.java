package se.digiportal.council.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.digiportal.council.api.DecisionOutcome;

class AgendaAndDecisionTest {

    private static final Instant MEETING = Instant.parse("2026-12-10T12:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-10T13:00:00Z");

    private static CouncilMeeting meeting() {
        return new CouncilMeeting(MEETING, "Stadshuset");
    }

    private static CouncilReferral referral(String caseNumber) {
        return new CouncilReferral(caseNumber, "Initiativ " + caseNumber, "SOCIAL", 1L, 7L, ReferralKind.DECISION,
                "Bevilja", "Stort", "berit", NOW.minusSeconds(86_400));
    }

    private static Decision decision(DecisionOutcome outcome) {
        return Decision.of(outcome, "Motiverat.", null, outcome == DecisionOutcome.RETURNED ? "Kostnader" : null,
                "rolf", NOW);
    }

    @Test
    void a_referred_case_waits_to_be_scheduled_and_is_scheduled_when_placed() {
        CouncilMeeting meeting = meeting();
        CouncilReferral referral = referral("DIGI-2026-0001");
        assertThat(referral.status()).isEqualTo(ReferralStatus.TO_BE_SCHEDULED);

        AgendaItem item = meeting.place(referral);

        assertThat(referral.status()).isEqualTo(ReferralStatus.SCHEDULED);
        assertThat(item.position()).isEqualTo(1);
        assertThat(meeting.agenda()).containsExactly(item);
    }

    @Test
    void a_case_cannot_be_placed_twice() {
        CouncilMeeting meeting = meeting();
        CouncilReferral referral = referral("DIGI-2026-0001");
        meeting.place(referral);

        assertThatThrownBy(() -> meeting.place(referral)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> meeting().place(referral)).as("nor on another meeting")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothing_is_placed_on_a_cancelled_or_held_meeting() {
        CouncilMeeting cancelled = meeting();
        cancelled.cancel();
        CouncilMeeting held = meeting();
        held.markHeld();

        assertThatThrownBy(() -> cancelled.place(referral("DIGI-2026-0001"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> held.place(referral("DIGI-2026-0002"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void items_are_placed_last_and_moved_keeping_the_others_in_order() {
        CouncilMeeting meeting = meeting();
        AgendaItem a = meeting.place(referral("DIGI-2026-0001"));
        AgendaItem b = meeting.place(referral("DIGI-2026-0002"));
        AgendaItem c = meeting.place(referral("DIGI-2026-0003"));
        assertThat(meeting.agenda()).containsExactly(a, b, c);

        meeting.move(c, 1);
        assertThat(meeting.agenda()).containsExactly(c, a, b);
        assertThat(meeting.agenda()).extracting(AgendaItem::position).containsExactly(1, 2, 3);

        meeting.move(c, 3);
        assertThat(meeting.agenda()).containsExactly(a, b, c);

        assertThatThrownBy(() -> meeting.move(a, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> meeting.move(a, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(meeting.agenda()).containsExactly(a, b, c);
    }

    @Test
    void approved_and_rejected_cases_are_decided_and_returned_ones_go_back_to_beredning() {
        CouncilMeeting meeting = meeting();
        CouncilReferral approved = referral("DIGI-2026-0001");
        CouncilReferral rejected = referral("DIGI-2026-0002");
        CouncilReferral returned = referral("DIGI-2026-0003");
        AgendaItem a = meeting.place(approved);
        AgendaItem r = meeting.place(rejected);
        AgendaItem t = meeting.place(returned);

        meeting.decide(a, decision(DecisionOutcome.APPROVED));
        meeting.decide(r, decision(DecisionOutcome.REJECTED));
        meeting.decide(t, decision(DecisionOutcome.RETURNED));

        assertThat(approved.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(rejected.status()).isEqualTo(ReferralStatus.DECIDED);
        assertThat(returned.status()).isEqualTo(ReferralStatus.RETURNED);
        assertThat(t.decision()).hasValueSatisfying(d -> assertThat(d.whatToComplete()).isEqualTo("Kostnader"));
    }

    @Test
    void an_item_is_decided_once() {
        CouncilMeeting meeting = meeting();
        AgendaItem item = meeting.place(referral("DIGI-2026-0001"));
        meeting.decide(item, decision(DecisionOutcome.APPROVED));

        assertThatThrownBy(() -> meeting.decide(item, decision(DecisionOutcome.REJECTED)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(item.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED));
    }

    @Test
    void no_decisions_at_a_cancelled_meeting() {
        CouncilMeeting meeting = meeting();
        AgendaItem item = meeting.place(referral("DIGI-2026-0001"));
        meeting.cancel();

        assertThatThrownBy(() -> meeting.decide(item, decision(DecisionOutcome.APPROVED)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(item.decided()).isFalse();
    }

    @Test
    void a_deferred_case_stays_scheduled_and_can_be_placed_on_the_next_meeting() {
        CouncilMeeting first = meeting();
        CouncilMeeting next = new CouncilMeeting(MEETING.plusSeconds(14 * 86_400), "Stadshuset");
        CouncilReferral referral = referral("DIGI-2026-0001");
        AgendaItem item = first.place(referral);

        first.decide(item, decision(DecisionOutcome.DEFERRED));
        assertThat(referral.status()).isEqualTo(ReferralStatus.SCHEDULED);
        assertThatThrownBy(() -> next.place(referral)).as("still on the first agenda until unscheduled")
                .isInstanceOf(IllegalStateException.class);

        referral.unscheduled();
        AgendaItem moved = next.place(referral);

        assertThat(referral.status()).isEqualTo(ReferralStatus.SCHEDULED);
        assertThat(moved.decided()).isFalse();
        assertThat(item.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.DEFERRED));
    }

    @Test
    void a_decision_needs_an_outcome_and_a_motivation_and_a_return_says_what_to_complete() {
        assertThatThrownBy(() -> Decision.of(null, " ", null, null, "rolf", NOW))
                .isInstanceOfSatisfying(Decision.InvalidDecision.class,
                        e -> assertThat(e.fields()).containsExactly("outcome", "motivation"));
        assertThatThrownBy(() -> Decision.of(DecisionOutcome.RETURNED, "Ofullständigt", null, "  ", "rolf", NOW))
                .isInstanceOfSatisfying(Decision.InvalidDecision.class,
                        e -> assertThat(e.fields()).containsExactly("whatToComplete"));
        assertThatThrownBy(() -> Decision.of(DecisionOutcome.APPROVED, "x".repeat(5001), null, null, "rolf", NOW))
                .isInstanceOfSatisfying(Decision.InvalidDecision.class,
                        e -> assertThat(e.fields()).containsExactly("motivation"));

        Decision pilot = Decision.of(DecisionOutcome.APPROVED, " Bra ", " Som pilot ", "ignored", "rolf", NOW);
        assertThat(pilot.motivation()).isEqualTo("Bra");
        assertThat(pilot.conditions()).isEqualTo("Som pilot");
        assertThat(pilot.whatToComplete()).as("only a return says what to complete").isNull();
    }

    @Test
    void the_decision_reaches_the_timeline_as_a_decision_with_its_outcome_in_swedish() {
        var event = new se.digiportal.council.api.CouncilDecisionTaken("DIGI-2026-0001", "Titel",
                DecisionOutcome.APPROVED, "Stärker äldreomsorgen.", "Som pilot", null, 1,
                java.time.Instant.parse("2026-12-10T12:00:00Z"), 2, 4, "rolf", NOW);
        assertThat(event.timelineKind()).isEqualTo("DECISION");
        assertThat(event.timelineDetail()).isEqualTo("Beviljat: Stärker äldreomsorgen. Villkor: Som pilot"
                + " (Digitaliseringsrådet 2026-12-10, § 4)");
    }

    @Test
    void a_samrad_held_on_a_meeting_reaches_the_timeline_in_samrad_words() {
        var endorsed = new se.digiportal.council.api.CouncilDecisionTaken("DIGI-2026-0002", "E-arkiv",
                DecisionOutcome.APPROVED, "Samordnas med regionens e-arkiv.", null, null, 1,
                java.time.Instant.parse("2026-12-10T12:00:00Z"), 2, 3, "rolf", NOW,
                ReferralKind.CONSULTATION.words(DecisionOutcome.APPROVED));
        assertThat(endorsed.timelineDetail()).isEqualTo("Tillstyrkt: Samordnas med regionens e-arkiv."
                + " (Digitaliseringsrådet 2026-12-10, § 3)");
        var advisedAgainst = new se.digiportal.council.api.CouncilDecisionTaken("DIGI-2026-0002", "E-arkiv",
                DecisionOutcome.REJECTED, "Dubblerar befintligt system.", null, null, 1,
                java.time.Instant.parse("2026-12-10T12:00:00Z"), 2, 3, "rolf", NOW,
                ReferralKind.CONSULTATION.words(DecisionOutcome.REJECTED));
        assertThat(advisedAgainst.timelineDetail()).startsWith("Avstyrkt: ").doesNotContain("Avslag");
    }

    @Test
    void a_long_decision_is_cut_on_the_timeline_but_keeps_where_it_was_taken() {
        var event = new se.digiportal.council.api.CouncilDecisionTaken("DIGI-2026-0001", "Titel",
                DecisionOutcome.RETURNED, "x".repeat(3000), null, "Komplettera kostnaderna", 1,
                java.time.Instant.parse("2026-12-10T23:30:00Z"), 2, 12, "rolf", NOW);
        assertThat(event.timelineDetail()).hasSize(1000).startsWith("Återremitterat: xxx")
                .endsWith("... (Digitaliseringsrådet 2026-12-11, § 12)");
    }

    @Test
    void only_a_planned_meeting_with_an_agenda_sends_it() {
        CouncilMeeting meeting = meeting();
        assertThatThrownBy(() -> meeting.agendaSent(NOW)).as("empty").isInstanceOf(IllegalStateException.class);
        meeting.place(referral("DIGI-2026-0001"));

        meeting.agendaSent(NOW);
        assertThat(meeting.agendaSentAt()).isEqualTo(NOW);

        meeting.markHeld();
        assertThatThrownBy(() -> meeting.agendaSent(NOW.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(meeting.agendaSentAt()).isEqualTo(NOW);
    }
}
