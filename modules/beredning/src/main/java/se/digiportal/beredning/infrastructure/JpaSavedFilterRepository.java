package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.beredning.domain.SavedFilter;
import se.digiportal.beredning.domain.SavedFilterRepository;

@ApplicationScoped
public class JpaSavedFilterRepository implements SavedFilterRepository {

    @Inject
    @BeredningUnit
    EntityManager em;

    @Override
    public List<SavedFilter> findByOwner(String owner) {
        return em.createQuery("SELECT f FROM SavedFilter f WHERE f.owner = :o ORDER BY f.name", SavedFilter.class)
                .setParameter("o", owner).getResultList();
    }

    @Override
    public Optional<SavedFilter> find(String owner, long id) {
        return Optional.ofNullable(em.find(SavedFilter.class, id)).filter(f -> f.owner().equals(owner));
    }

    @Override
    public Optional<SavedFilter> findByName(String owner, String name) {
        return em.createQuery("SELECT f FROM SavedFilter f WHERE f.owner = :o AND f.name = :n", SavedFilter.class)
                .setParameter("o", owner).setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public SavedFilter save(SavedFilter filter) {
        em.persist(filter);
        return filter;
    }

    @Override
    public void delete(SavedFilter filter) {
        em.remove(filter);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
