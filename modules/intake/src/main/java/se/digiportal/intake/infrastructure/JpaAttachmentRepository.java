package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import se.digiportal.intake.domain.Attachment;
import se.digiportal.intake.domain.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @Inject
    @IntakeUnit
    EntityManager em;

    @Override
    public List<Attachment> findByInitiative(long initiativeId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.initiativeId = :id ORDER BY a.uploadedAt, a.id",
                Attachment.class).setParameter("id", initiativeId).getResultList();
    }

    @Override
    public void save(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }
}
