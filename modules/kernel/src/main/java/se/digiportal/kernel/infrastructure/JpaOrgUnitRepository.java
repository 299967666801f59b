package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.kernel.domain.OrgUnit;
import se.digiportal.kernel.domain.OrgUnitRepository;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public List<OrgUnit> findAll() {
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList();
    }

    @Override
    public Optional<OrgUnit> findById(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public OrgUnit save(OrgUnit unit) {
        if (unit.id() == null) {
            em.persist(unit);
            em.flush();
            return unit;
        }
        return em.merge(unit);
    }
}
