package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import se.digiportal.portfolio.domain.CapacityPlan;
import se.digiportal.portfolio.domain.CapacityRepository;
import se.digiportal.portfolio.domain.MonthlyCapacity;
import se.digiportal.portfolio.domain.Phase;
import se.digiportal.portfolio.domain.ResourceKind;

@ApplicationScoped
public class JpaCapacityRepository implements CapacityRepository {

    @Inject
    @PortfolioUnit
    EntityManager em;

    @Override
    public List<ResourceKind> kinds() {
        return em.createQuery("SELECT k FROM ResourceKind k ORDER BY k.sortOrder, k.code", ResourceKind.class)
                .getResultList();
    }

    @Override
    public Optional<ResourceKind> kind(String code) {
        return Optional.ofNullable(em.find(ResourceKind.class, code));
    }

    @Override
    public List<MonthlyCapacity> capacities(YearMonth from, YearMonth to) {
        return em.createQuery("SELECT c FROM MonthlyCapacity c WHERE c.monthStart BETWEEN :from AND :to",
                        MonthlyCapacity.class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1)).getResultList();
    }

    @Override
    public Optional<MonthlyCapacity> capacity(String kindCode, YearMonth month) {
        return em.createQuery("SELECT c FROM MonthlyCapacity c WHERE c.kindCode = :kind AND c.monthStart = :month",
                        MonthlyCapacity.class)
                .setParameter("kind", kindCode).setParameter("month", month.atDay(1)).getResultStream().findFirst();
    }

    @Override
    public MonthlyCapacity save(MonthlyCapacity capacity) {
        em.persist(capacity);
        return capacity;
    }

    @Override
    public List<CapacityPlan.Booked> bookings(YearMonth from, YearMonth to) {
        List<Object[]> rows = em.createQuery("SELECT b.kindCode, b.fromMonth, b.toMonth, b.hoursPerMonth FROM Booking b "
                        + "WHERE b.fromMonth <= :to AND b.toMonth >= :from AND b.item.phase NOT IN :final",
                        Object[].class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .setParameter("final", List.of(Phase.DONE, Phase.STOPPED)).getResultList();
        return rows.stream().map(r -> new CapacityPlan.Booked((String) r[0], YearMonth.from((LocalDate) r[1]),
                YearMonth.from((LocalDate) r[2]), ((Number) r[3]).intValue())).toList();
    }
}
