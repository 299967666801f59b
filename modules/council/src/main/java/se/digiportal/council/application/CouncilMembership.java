package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.digiportal.council.application.ConsultationViews.MemberView;
import se.digiportal.council.domain.CouncilComposition;
import se.digiportal.council.domain.CouncilFunction;
import se.digiportal.council.domain.CouncilMember;
import se.digiportal.council.domain.CouncilMemberRepository;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.application.Views.Person;
import se.digiportal.kernel.domain.Changes;

/**
 * Who sits in the digitaliseringsråd: every member reads it; the secretary seats people (users with the role
 * COUNCIL_MEMBER), changes their function and utskott seat, and unseats them. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class CouncilMembership {

    @Inject
    CouncilMemberRepository members;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    public List<MemberView> members() {
        return members.findAll().stream().map(this::view).toList();
    }

    /** The people who could be seated: holders of the role COUNCIL_MEMBER. */
    public List<Person> candidates() {
        return directory.withRole(Role.COUNCIL_MEMBER);
    }

    /**
     * Seats the user, or changes the seat.
     *
     * @throws InvalidInputException {@code username} not a council member by role; {@code function} missing or
     *                               unknown, or a second chair or secretary; {@code inUtskott} beyond five seats
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public MemberView seat(String username, String function, boolean inUtskott) {
        if (username == null || candidates().stream().noneMatch(p -> p.username().equals(username))) {
            throw InvalidInputException.of("username", "council.members.error.username");
        }
        CouncilFunction f = parse(function);
        Optional<CouncilMember> existing = members.findByUsername(username);
        Map<String, CouncilFunction> functions = new LinkedHashMap<>();
        long utskott = inUtskott ? 1 : 0;
        for (CouncilMember m : members.findAll()) {
            if (!m.username().equals(username)) {
                functions.put(m.username(), m.function());
                utskott += m.inUtskott() ? 1 : 0;
            }
        }
        functions.put(username, f);
        List<InvalidInputException.FieldError> wrong = new ArrayList<>();
        for (String key : CouncilComposition.broken(functions, utskott)) {
            wrong.add(new InvalidInputException.FieldError(key.endsWith("utskott") ? "inUtskott" : "function", key));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        Map<String, Object> before = existing.map(CouncilMembership::snapshot).orElse(Map.of());
        CouncilMember member = existing.orElseGet(() -> new CouncilMember(username, f, inUtskott));
        member.change(f, inUtskott);
        member = members.save(member);
        audit.record(CouncilMember.AUDIT_TYPE, username, existing.isPresent() ? "MEMBER_CHANGED" : "MEMBER_SEATED",
                Changes.between(before, snapshot(member)));
        return view(member);
    }

    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public void unseat(String username) {
        CouncilMember member = members.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("council member " + username));
        Map<String, Object> before = snapshot(member);
        members.remove(member);
        audit.record(CouncilMember.AUDIT_TYPE, username, "MEMBER_UNSEATED", Changes.between(before, Map.of()));
    }

    private static CouncilFunction parse(String function) {
        try {
            return CouncilFunction.valueOf(String.valueOf(function).trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("function", "council.members.error.function");
        }
    }

    private MemberView view(CouncilMember m) {
        return new MemberView(m.username(), directory.person(m.username()).map(Person::fullName).orElse(m.username()),
                m.function(), m.inUtskott());
    }

    private static Map<String, Object> snapshot(CouncilMember m) {
        return Map.of("username", m.username(), "function", m.function(), "inUtskott", m.inUtskott());
    }
}
