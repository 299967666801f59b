package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.domain.CouncilMember;
import se.digiportal.council.domain.CouncilMemberRepository;

@ApplicationScoped
public class JpaCouncilMemberRepository implements CouncilMemberRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public CouncilMember save(CouncilMember member) {
        if (member.id() == null) {
            em.persist(member);
            em.flush();
            return member;
        }
        return em.merge(member);
    }

    @Override
    public void remove(CouncilMember member) {
        em.remove(em.contains(member) ? member : em.merge(member));
    }

    @Override
    public Optional<CouncilMember> findByUsername(String username) {
        return em.createQuery("SELECT m FROM CouncilMember m WHERE m.username = :username", CouncilMember.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<CouncilMember> findAll() {
        return em.createQuery("SELECT m FROM CouncilMember m ORDER BY m.function, m.username", CouncilMember.class)
                .getResultList();
    }
}
