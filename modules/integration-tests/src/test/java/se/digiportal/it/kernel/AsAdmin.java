package se.digiportal.it.kernel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import se.digiportal.kernel.api.Role;

/** Test helper: runs a piece of test code with the ADMIN role, inside a transaction. */
@Stateless
@PermitAll
@RunAs(Role.Names.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
