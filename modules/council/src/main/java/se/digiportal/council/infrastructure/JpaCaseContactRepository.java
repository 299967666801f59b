package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import se.digiportal.council.domain.CaseContact;
import se.digiportal.council.domain.CaseContactRepository;

@ApplicationScoped
public class JpaCaseContactRepository implements CaseContactRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public Optional<CaseContact> find(String caseNumber) {
        return Optional.ofNullable(em.find(CaseContact.class, caseNumber));
    }

    @Override
    public CaseContact save(CaseContact contact) {
        if (em.find(CaseContact.class, contact.caseNumber()) == null) {
            em.persist(contact);
            return contact;
        }
        return em.merge(contact);
    }
}
