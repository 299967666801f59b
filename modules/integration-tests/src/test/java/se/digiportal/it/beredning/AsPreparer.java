package se.digiportal.it.beredning;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.concurrent.Callable;
import se.digiportal.beredning.api.ConsultationMode;
import se.digiportal.beredning.domain.Assessment;
import se.digiportal.beredning.domain.PreparationCase;
import se.digiportal.beredning.domain.PreparationCaseRepository;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;
import se.digiportal.kernel.api.Role;

/**
 * Test helper: runs test code as a beredare (PREPARER) inside a transaction, and moves a case through the steps
 * the workbench owns (assign, assess, route) straight on the domain, so these tests need not wait for it.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.PREPARER)
public class AsPreparer {

    @Inject
    PreparationCaseRepository cases;

    @PersistenceContext(unitName = "beredning")
    EntityManager em;

    @Inject
    Clock clock;

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** The newest case whose title starts so: the client submitted it, the container finds it. */
    public String newestCaseTitled(String prefix) {
        return em.createQuery("SELECT c.caseNumber FROM PreparationCase c WHERE c.title LIKE :t ORDER BY c.id DESC",
                String.class).setParameter("t", prefix + "%").setMaxResults(1).getSingleResult();
    }

    /** Assigned to berit, assessed INCLUDE, routed as asked: the underlag is then being prepared. */
    public void includeAndRoute(String caseNumber, Routing routing) {
        PreparationCase c = cases.findByCaseNumber(caseNumber).orElseThrow();
        c.assign("berit", "Berit Beredare", clock.instant());
        c.assess(Assessment.INCLUDE, "Ingår i tjänsteområdets prioritering", clock.instant());
        c.route(routing, "Stort och berör flera verksamheter",
                routing == Routing.CONSULTATION ? ConsultationMode.COUNCIL_MEETING : null, clock.instant());
    }

    public PreparationStatus status(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).orElseThrow().status();
    }
}
