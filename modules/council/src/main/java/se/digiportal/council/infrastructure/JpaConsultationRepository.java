package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.digiportal.council.domain.Consultation;
import se.digiportal.council.domain.ConsultationRepository;
import se.digiportal.council.domain.ConsultationStatus;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.MeetingStatus;

@ApplicationScoped
public class JpaConsultationRepository implements ConsultationRepository {

    @Inject
    @CouncilUnit
    EntityManager em;

    @Override
    public Consultation save(Consultation consultation) {
        if (consultation.id() == null) {
            em.persist(consultation);
            em.flush();
            return consultation;
        }
        return em.merge(consultation);
    }

    @Override
    public Optional<Consultation> findById(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id));
    }

    @Override
    public Optional<Consultation> lock(long id) {
        return Optional.ofNullable(em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Consultation> findAll() {
        return em.createQuery("SELECT c FROM Consultation c ORDER BY c.id DESC", Consultation.class)
                .setMaxResults(500).getResultList();
    }

    @Override
    public List<Long> findDue(Instant now) {
        return em.createQuery("SELECT c.id FROM Consultation c WHERE c.status = :open AND c.deadline <= :now"
                        + " ORDER BY c.deadline", Long.class)
                .setParameter("open", ConsultationStatus.OPEN).setParameter("now", now).getResultList();
    }

    @Override
    public List<Consultation> findToReportAt(Instant meetingStartsAt) {
        // The entity, not MAX(startsAt): an aggregate bypasses the UTC converter.
        Instant previous = em.createQuery("SELECT m FROM CouncilMeeting m WHERE m.startsAt < :start"
                        + " AND m.status <> :cancelled ORDER BY m.startsAt DESC", CouncilMeeting.class)
                .setParameter("start", meetingStartsAt).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst().map(CouncilMeeting::startsAt).orElse(null);
        return em.createQuery("SELECT c FROM Consultation c WHERE c.status = :closed AND c.closedAt >= :from"
                        + " AND c.closedAt < :to ORDER BY c.closedAt, c.id", Consultation.class)
                .setParameter("closed", ConsultationStatus.CLOSED)
                .setParameter("from", previous == null ? Instant.EPOCH : previous).setParameter("to", meetingStartsAt)
                .getResultList();
    }
}
