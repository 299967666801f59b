package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.fullName", UserAccount.class).getResultList();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public UserAccount save(UserAccount user) {
        if (user.id() == null) {
            em.persist(user);
            em.flush();
            return user;
        }
        return em.merge(user);
    }
}
