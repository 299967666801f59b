package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.kernel.domain.ServiceArea;
import se.digiportal.kernel.domain.ServiceAreaRepository;

@ApplicationScoped
public class JpaServiceAreaRepository implements ServiceAreaRepository {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public List<ServiceArea> findAll() {
        return em.createQuery("SELECT a FROM ServiceArea a ORDER BY a.sortOrder, a.code", ServiceArea.class)
                .getResultList();
    }

    @Override
    public Optional<ServiceArea> findByCode(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ServiceArea.class, code));
    }

    @Override
    public ServiceArea save(ServiceArea area) {
        if (em.find(ServiceArea.class, area.code()) == null) {
            em.persist(area);
            return area;
        }
        return em.merge(area);
    }
}
