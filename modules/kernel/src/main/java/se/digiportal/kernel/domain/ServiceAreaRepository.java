package se.digiportal.kernel.domain;

import java.util.List;
import java.util.Optional;

public interface ServiceAreaRepository {
    List<ServiceArea> findAll();
    Optional<ServiceArea> findByCode(String code);
    ServiceArea save(ServiceArea area);
}
