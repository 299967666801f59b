package se.digiportal.intake.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.digiportal.intake.application.Views.ContactView;
import se.digiportal.intake.application.Views.CriterionView;
import se.digiportal.intake.application.Views.InitiativeView;
import se.digiportal.intake.domain.Beneficiary;
import se.digiportal.intake.domain.CriteriaAnswers;
import se.digiportal.intake.domain.Initiative;
import se.digiportal.intake.domain.InitiativeContent;
import se.digiportal.intake.domain.SharedResource;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.InvalidInputException.FieldError;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.OrgUnitView;
import se.digiportal.kernel.application.Views.ServiceAreaView;
import se.digiportal.kernel.application.Views.UserProfile;

/**
 * Translates between the template as sent (codes and dates as text) and the domain's content, resolving codes
 * against the kernel's organisation and service areas. A wrong code is a field error, like a missing answer.
 */
@Dependent
public class TemplateMapper {

    @Inject
    OrganisationService organisation;

    /** The content for the domain, or every field error at once (mapping and the template's own rules). */
    InitiativeContent content(InitiativeForm form, UserProfile caller, boolean forSubmit) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, OrgUnitView> units = units();
        String serviceArea = blankToNull(form.getServiceArea());
        if (serviceArea != null && organisation.serviceAreas().stream()
                .noneMatch(a -> a.active() && a.code().equals(serviceArea))) {
            errors.add(new FieldError("serviceArea", "intake.validation.serviceArea"));
        }
        OrgUnitView unit;
        String orgUnitCode = blankToNull(form.getOrgUnit());
        if (orgUnitCode == null) {
            unit = units.values().stream().filter(u -> u.id() == caller.orgUnitId()).findFirst().orElse(null);
        } else {
            unit = units.get(orgUnitCode);
            if (unit == null) {
                errors.add(new FieldError("orgUnit", "intake.validation.orgUnit"));
            }
        }
        Set<String> affected = new LinkedHashSet<>();
        for (String code : form.getAffectedOrgUnits()) {
            if (code != null && !code.isBlank()) {
                if (units.containsKey(code.trim())) {
                    affected.add(code.trim());
                } else if (errors.stream().noneMatch(e -> e.field().equals("affectedOrgUnits"))) {
                    errors.add(new FieldError("affectedOrgUnits", "intake.validation.orgUnit"));
                }
            }
        }
        Set<Beneficiary> beneficiaries = EnumSet.noneOf(Beneficiary.class);
        for (String b : form.getBeneficiaries()) {
            Optional<Beneficiary> value = parse(Beneficiary.class, b);
            if (value.isPresent()) {
                beneficiaries.add(value.get());
            } else if (b != null && !b.isBlank()) {
                errors.add(new FieldError("beneficiaries", "intake.validation.beneficiary"));
            }
        }
        Map<SharedResource, Integer> hours = new EnumMap<>(SharedResource.class);
        form.getSharedResourceHours().forEach((k, v) -> {
            Optional<SharedResource> kind = parse(SharedResource.class, k);
            if (kind.isEmpty()) {
                errors.add(new FieldError("sharedResourceHours", "intake.validation.sharedResource"));
            } else if (v != null) {
                hours.put(kind.get(), v);
            }
        });
        LocalDate desiredStart = null;
        if (blankToNull(form.getDesiredStart()) != null) {
            try {
                desiredStart = LocalDate.parse(form.getDesiredStart().trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("desiredStart", "intake.validation.date"));
            }
        }
        InitiativeForm.Contact contact = form.getContact();
        boolean noContact = contact == null || (blankToNull(contact.getName()) == null
                && blankToNull(contact.getEmail()) == null && blankToNull(contact.getPhone()) == null);
        // The contract lets the contact default to the caller, as the form does.
        String contactName = noContact ? caller.fullName() : contact.getName();
        String contactEmail = noContact ? caller.email() : contact.getEmail();
        String contactPhone = noContact ? caller.phone() : contact.getPhone();

        InitiativeContent content = new InitiativeContent(form.getTitle(), form.getNeed(),
                form.getProposedSolution(), form.getExpectedBenefits(), beneficiaries, serviceArea,
                unit == null ? null : unit.id(), unit == null ? null : unit.code(), contactName, contactEmail,
                contactPhone, form.getResponsibleDirector(), affected, form.getEstimatedTotalHours(), hours,
                form.getFinancingClear(), form.getFinancingSource(), form.getNewItSupport(),
                form.getNewIntegrations(), form.getIntegrationsWith(), form.getExternalProcessing(),
                form.getExternalParty(), form.getPilot(), desiredStart);
        for (FieldError e : forSubmit ? content.submitErrors() : content.draftErrors()) {
            if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return content;
    }

    /** The answers the criteria need, ignoring what cannot be read yet: the live panel never refuses input. */
    CriteriaAnswers answers(InitiativeForm form, UserProfile caller) {
        Map<SharedResource, Integer> hours = new EnumMap<>(SharedResource.class);
        form.getSharedResourceHours().forEach((k, v) -> parse(SharedResource.class, k)
                .ifPresent(kind -> hours.put(kind, v)));
        String own = blankToNull(form.getOrgUnit()) != null ? form.getOrgUnit().trim()
                : caller == null ? null : caller.orgUnitCode();
        return new CriteriaAnswers(form.getEstimatedTotalHours(), hours, form.getFinancingClear(),
                form.getNewItSupport(), form.getNewIntegrations(), form.getExternalProcessing(), own,
                form.getAffectedOrgUnits().stream().filter(c -> c != null && !c.isBlank())
                        .collect(Collectors.toSet()));
    }

    /** A stored draft back into the form, to resume it. */
    InitiativeForm form(Initiative initiative) {
        InitiativeContent c = initiative.content(null);
        InitiativeForm f = new InitiativeForm();
        f.setTitle(c.title());
        f.setNeed(c.need());
        f.setProposedSolution(c.proposedSolution());
        f.setExpectedBenefits(c.expectedBenefits());
        f.setBeneficiaries(c.beneficiaries().stream().map(Enum::name).sorted().toList());
        f.setServiceArea(c.serviceAreaCode());
        f.setOrgUnit(orgUnitCode(c.orgUnitId()));
        f.setContact(new InitiativeForm.Contact(c.contactName(), c.contactEmail(), c.contactPhone()));
        f.setResponsibleDirector(c.responsibleDirector());
        f.setAffectedOrgUnits(c.affectedOrgUnits().stream().sorted().toList());
        f.setEstimatedTotalHours(c.estimatedTotalHours());
        Map<String, Integer> hours = new TreeMap<>();
        c.sharedResourceHours().forEach((k, v) -> hours.put(k.name(), v));
        f.setSharedResourceHours(hours);
        f.setFinancingClear(c.financingClear());
        f.setFinancingSource(c.financingSource());
        f.setNewItSupport(c.newItSupport());
        f.setNewIntegrations(c.newIntegrations());
        f.setIntegrationsWith(c.integrationsWith());
        f.setExternalProcessing(c.externalProcessing());
        f.setExternalParty(c.externalParty());
        f.setPilot(c.pilot());
        f.setDesiredStart(c.desiredStart() == null ? null : c.desiredStart().toString());
        return f;
    }

    InitiativeView view(Initiative i) {
        String unitCode = orgUnitCode(i.orgUnitId());
        InitiativeContent c = i.content(unitCode);
        Map<String, Integer> hours = new TreeMap<>();
        c.sharedResourceHours().forEach((k, v) -> hours.put(k.name(), v));
        return new InitiativeView(i.caseNumber().map(Object::toString).orElse(null), i.status().name(),
                i.submittedAt() == null ? null : i.submittedAt().toString(), i.submittedBy(), c.title(), c.need(),
                c.proposedSolution(), c.expectedBenefits(),
                c.beneficiaries().stream().map(Enum::name).sorted().toList(), c.serviceAreaCode(), unitCode,
                new ContactView(c.contactName(), c.contactEmail(), c.contactPhone()), c.responsibleDirector(),
                c.affectedOrgUnits().stream().sorted().toList(), c.estimatedTotalHours(), hours,
                c.financingClear(), c.financingSource(), c.newItSupport(), c.newIntegrations(),
                c.integrationsWith(), c.externalProcessing(), c.externalParty(), c.pilot(),
                c.desiredStart() == null ? null : c.desiredStart().toString(),
                i.criteria().stream().map(m -> new CriterionView(m.code().name(), m.explanation())).toList());
    }

    String orgUnitCode(Long id) {
        return id == null ? null : organisation.orgUnit(id).code();
    }

    /** The förvaltning (root) an org unit belongs to; the unit contact's view reaches that far (seed 003). */
    long forvaltningOf(long orgUnitId) {
        Map<Long, OrgUnitView> byId = organisation.orgUnits().stream()
                .collect(Collectors.toMap(OrgUnitView::id, u -> u));
        OrgUnitView current = byId.get(orgUnitId);
        while (current != null && current.parentId() != null && byId.containsKey(current.parentId())) {
            current = byId.get(current.parentId());
        }
        return current == null ? orgUnitId : current.id();
    }

    /** Every unit at or below the given one. */
    Set<Long> subtree(long rootId) {
        List<OrgUnitView> all = organisation.orgUnits();
        Set<Long> ids = new LinkedHashSet<>(List.of(rootId));
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(u -> u.parentId() != null && ids.contains(u.parentId()))
                    .map(OrgUnitView::id).toList().stream().map(ids::add).reduce(false, Boolean::logicalOr);
        }
        return ids;
    }

    /** The receipt PDF of a case, with the names a reader needs rather than codes. */
    byte[] receipt(InitiativeView view, ReceiptDocument document) {
        String area = organisation.serviceAreas().stream().filter(a -> a.code().equals(view.serviceArea()))
                .map(ServiceAreaView::nameSv).findFirst().orElse(view.serviceArea());
        String unit = units().values().stream().filter(u -> u.code().equals(view.orgUnit()))
                .map(OrgUnitView::name).findFirst().orElse(view.orgUnit());
        return document.render(view, area, unit);
    }

    List<ServiceAreaView> serviceAreas() {
        return organisation.serviceAreas().stream().filter(ServiceAreaView::active).toList();
    }

    List<OrgUnitView> activeOrgUnits() {
        return organisation.orgUnits().stream().filter(OrgUnitView::active).toList();
    }

    private Map<String, OrgUnitView> units() {
        return organisation.orgUnits().stream().collect(Collectors.toMap(OrgUnitView::code, u -> u));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
