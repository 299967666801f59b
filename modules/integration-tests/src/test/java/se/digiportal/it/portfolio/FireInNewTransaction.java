package se.digiportal.it.portfolio;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import se.digiportal.kernel.api.Role;

/** Test helper: publishes an event in a transaction of its own, as a module's service would; reads as PROJECT_OFFICE. */
@Stateless
@PermitAll
@RunAs(Role.Names.PROJECT_OFFICE)
public class FireInNewTransaction {

    @Inject
    BeanManager beans;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fire(Object event) {
        beans.getEvent().fire(event);
    }

    public <T> T asProjectOffice(Callable<T> work) throws Exception {
        return work.call();
    }
}
