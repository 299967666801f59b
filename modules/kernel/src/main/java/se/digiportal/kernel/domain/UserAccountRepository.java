package se.digiportal.kernel.domain;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {
    List<UserAccount> findAll();
    Optional<UserAccount> findById(long id);
    Optional<UserAccount> findByUsername(String username);
    UserAccount save(UserAccount user);
}
