package se.digiportal.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.digiportal.kernel.api.CaseNumber;
import se.digiportal.kernel.api.InvalidInputException;

class InitiativeTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:15:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-03-04T13:40:00Z");
    private static final CriteriaResult ONE_MET = new CriteriaResult(
            List.of(new MetCriterion(Criterion.NEW_IT_SUPPORT, "Nytt IT-stöd.")), null);

    static InitiativeContent complete() {
        return new InitiativeContent("Digital signering av biståndsbeslut", "Beslut signeras för hand.",
                "E-underskrift i verksamhetssystemet.", "Kortare handläggning.",
                Set.of(Beneficiary.CITIZENS, Beneficiary.EMPLOYEES), "SOCIAL", 7L, "SOC-ALD", "Anna Lindqvist",
                "anna.lindqvist@adalen.example", "0611-34 81 20", "Olle Strand", Set.of("SOC-IFO"), 300,
                Map.of(SharedResource.DIGITALISATION, 20, SharedResource.LEGAL, 10), true, "Verksamhetens budget",
                true, false, null, false, null, true, LocalDate.parse("2026-09-01"));
    }

    static InitiativeContent draftOnly(String title, String need, String serviceArea) {
        return new InitiativeContent(title, need, null, null, null, serviceArea, 7L, "SOC-ALD", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Initiative draft() {
        return Initiative.draft(complete(), "anna", CREATED);
    }

    @Test
    void a_new_initiative_is_a_draft_without_case_number() {
        Initiative initiative = draft();

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(initiative.caseNumber()).isEmpty();
        assertThat(initiative.submittedAt()).isNull();
    }

    @Test
    void a_draft_needs_only_title_need_and_service_area() {
        Initiative initiative = Initiative.draft(draftOnly("Titel", "Behov", "SOCIAL"), "anna", CREATED);
        assertThat(initiative.title()).isEqualTo("Titel");

        assertThatThrownBy(() -> Initiative.draft(draftOnly(" ", null, null), "anna", CREATED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("title", "need", "serviceArea"));
    }

    @Test
    void title_and_need_are_required() {
        assertThatThrownBy(() -> new Initiative(" ", "Ett behov", null, "SOCIAL", 7L, "anna", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Initiative("En titel", null, null, "SOCIAL", 7L, "anna", CREATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void title_is_at_most_200_characters() {
        assertThatThrownBy(() -> Initiative.draft(draftOnly("x".repeat(201), "Behov", "SOCIAL"), "anna", CREATED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Initiative.draft(draftOnly("x".repeat(200), "Behov", "SOCIAL"), "anna", CREATED).title())
                .hasSize(200);
    }

    @Test
    void submitting_sets_status_case_number_time_and_the_criteria_result() {
        Initiative initiative = draft();

        initiative.submit(new CaseNumber(2026, 12), SUBMITTED, ONE_MET, "SOC-ALD", "key-1");

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.SUBMITTED);
        assertThat(initiative.caseNumber()).contains(new CaseNumber(2026, 12));
        assertThat(initiative.submittedAt()).isEqualTo(SUBMITTED);
        assertThat(initiative.criteria()).extracting(MetCriterion::code).containsExactly(Criterion.NEW_IT_SUPPORT);
        assertThat(initiative.idempotencyKey()).isEqualTo("key-1");
    }

    @Test
    void submitting_needs_the_templates_mandatory_answers() {
        Initiative initiative = Initiative.draft(draftOnly("Titel", "Behov", "SOCIAL"), "anna", CREATED);

        assertThatThrownBy(() -> initiative.submit(new CaseNumber(2026, 12), SUBMITTED, ONE_MET, "SOC-ALD", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .contains("proposedSolution", "expectedBenefits", "beneficiaries", "contact.name",
                                "contact.email", "responsibleDirector", "estimatedTotalHours", "financingClear",
                                "newItSupport", "newIntegrations", "externalProcessing"));
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(initiative.caseNumber()).isEmpty();
    }

    @Test
    void a_yes_asks_for_its_details() {
        InitiativeContent c = complete();
        InitiativeContent withIntegrations = new InitiativeContent(c.title(), c.need(), c.proposedSolution(),
                c.expectedBenefits(), c.beneficiaries(), c.serviceAreaCode(), c.orgUnitId(), c.orgUnitCode(),
                c.contactName(), c.contactEmail(), c.contactPhone(), c.responsibleDirector(), c.affectedOrgUnits(),
                c.estimatedTotalHours(), c.sharedResourceHours(), true, null, c.newItSupport(), true, " ", true,
                null, c.pilot(), c.desiredStart());

        assertThat(withIntegrations.submitErrors()).extracting(InvalidInputException.FieldError::field)
                .containsExactlyInAnyOrder("financingSource", "integrationsWith", "externalParty");
        assertThat(complete().submitErrors()).isEmpty();
    }

    @Test
    void negative_hours_and_a_bad_email_are_refused_even_in_a_draft() {
        InitiativeContent c = complete();
        InitiativeContent bad = new InitiativeContent(c.title(), c.need(), null, null, null, "SOCIAL", 7L,
                "SOC-ALD", null, "inte-en-adress", null, null, null, -1, Map.of(SharedResource.LEGAL, -5), null,
                null, null, null, null, null, null, null, null);

        assertThat(bad.draftErrors()).extracting(InvalidInputException.FieldError::field)
                .containsExactlyInAnyOrder("contact.email", "estimatedTotalHours", "sharedResourceHours.LEGAL");
    }

    @Test
    void an_initiative_is_submitted_only_once() {
        Initiative initiative = draft();
        initiative.submit(new CaseNumber(2026, 12), SUBMITTED, ONE_MET, "SOC-ALD", null);

        assertThatThrownBy(() -> initiative.submit(new CaseNumber(2026, 13), SUBMITTED.plusSeconds(60), ONE_MET,
                "SOC-ALD", null)).isInstanceOf(IllegalStateException.class);
        assertThat(initiative.caseNumber()).contains(new CaseNumber(2026, 12));
        assertThat(initiative.submittedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void a_submitted_initiative_can_no_longer_be_revised() {
        Initiative initiative = draft();
        initiative.submit(new CaseNumber(2026, 12), SUBMITTED, ONE_MET, "SOC-ALD", null);

        assertThatThrownBy(() -> initiative.revise(draftOnly("Ny titel", "Nytt behov", "SOCIAL"), SUBMITTED))
                .isInstanceOf(IllegalStateException.class);
        assertThat(initiative.title()).isEqualTo("Digital signering av biståndsbeslut");
    }

    @Test
    void revising_keeps_every_answer_and_blank_texts_are_stored_as_none() {
        Initiative initiative = draft();
        InitiativeContent c = complete();

        assertThat(initiative.content("SOC-ALD")).isEqualTo(c);
        initiative.describe("Digital signering", "Beslut signeras för hand.", "  ");
        assertThat(initiative.proposedSolution()).isNull();
    }

    @Test
    void a_submitted_case_is_withdrawn_with_a_reason_and_only_once() {
        Initiative initiative = draft();
        assertThat(initiative.mayBeWithdrawn()).isFalse();
        initiative.submit(new CaseNumber(2026, 12), SUBMITTED, ONE_MET, "SOC-ALD", null);

        assertThatThrownBy(() -> initiative.withdraw(" ", SUBMITTED.plusSeconds(60)))
                .isInstanceOf(InvalidInputException.class);
        initiative.withdraw("Löses av en annan förvaltning", SUBMITTED.plusSeconds(60));

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.WITHDRAWN);
        assertThat(initiative.withdrawalReason()).isEqualTo("Löses av en annan förvaltning");
        assertThat(initiative.mayBeWithdrawn()).isFalse();
        assertThatThrownBy(() -> initiative.withdraw("igen", SUBMITTED.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class);
    }
}
