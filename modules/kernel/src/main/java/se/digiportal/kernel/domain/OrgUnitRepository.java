package se.digiportal.kernel.domain;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository {
    List<OrgUnit> findAll();
    Optional<OrgUnit> findById(long id);
    Optional<OrgUnit> findByCode(String code);
    OrgUnit save(OrgUnit unit);
}
