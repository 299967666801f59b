package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import se.digiportal.kernel.domain.Setting;
import se.digiportal.kernel.domain.SettingKey;
import se.digiportal.kernel.domain.SettingRepository;

@ApplicationScoped
public class JpaSettingRepository implements SettingRepository {

    @Inject
    @KernelUnit
    EntityManager em;

    @Override
    public Optional<Setting> find(SettingKey key) {
        return Optional.ofNullable(em.find(Setting.class, key.name()));
    }

    @Override
    public List<Setting> findAll() {
        return em.createQuery("SELECT s FROM Setting s", Setting.class).getResultList();
    }

    @Override
    public Setting save(Setting setting) {
        if (em.find(Setting.class, setting.key().name()) == null) {
            em.persist(setting);
            return setting;
        }
        return em.merge(setting);
    }
}
