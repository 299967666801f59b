package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.portfolio.domain.priority.Assessment;
import se.digiportal.portfolio.domain.priority.Criterion;
import se.digiportal.portfolio.domain.priority.PriorityRepository;
import se.digiportal.portfolio.domain.priority.PriorityYear;
import se.digiportal.portfolio.domain.priority.Scenario;

@ApplicationScoped
public class JpaPriorityRepository implements PriorityRepository {

    @Inject
    @PortfolioUnit
    EntityManager em;

    @Override
    public List<Criterion> criteria() {
        return em.createQuery("SELECT c FROM Criterion c ORDER BY c.position, c.id", Criterion.class).getResultList();
    }

    @Override
    public Criterion save(Criterion criterion) {
        return persist(criterion, criterion.id());
    }

    @Override
    public Optional<PriorityYear> year(int year) {
        return em.createQuery("SELECT y FROM PriorityYear y WHERE y.year = :y", PriorityYear.class)
                .setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public List<PriorityYear> years() {
        return em.createQuery("SELECT y FROM PriorityYear y ORDER BY y.year", PriorityYear.class).getResultList();
    }

    @Override
    public PriorityYear save(PriorityYear year) {
        return persist(year, year.id());
    }

    @Override
    public List<Assessment> assessments(int year) {
        return em.createQuery("SELECT a FROM Assessment a WHERE a.year = :y ORDER BY a.caseNumber", Assessment.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public Assessment save(Assessment assessment) {
        return persist(assessment, assessment.id());
    }

    @Override
    public List<Scenario> scenarios(int year) {
        return em.createQuery("SELECT s FROM Scenario s WHERE s.year = :y ORDER BY s.createdAt DESC, s.id DESC",
                Scenario.class).setParameter("y", year).getResultList();
    }

    @Override
    public Optional<Scenario> scenario(long id) {
        return Optional.ofNullable(em.find(Scenario.class, id));
    }

    @Override
    public Scenario save(Scenario scenario) {
        return persist(scenario, scenario.id());
    }

    private <T> T persist(T entity, Long id) {
        if (id == null) {
            em.persist(entity);
            // Flush now: a duplicate year or case number must fail inside the use case, not at commit.
            em.flush();
            return entity;
        }
        return em.merge(entity);
    }
}
