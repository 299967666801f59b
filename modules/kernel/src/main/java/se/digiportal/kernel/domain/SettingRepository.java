package se.digiportal.kernel.domain;

import java.util.List;
import java.util.Optional;

public interface SettingRepository {
    Optional<Setting> find(SettingKey key);
    List<Setting> findAll();
    Setting save(Setting setting);
}
