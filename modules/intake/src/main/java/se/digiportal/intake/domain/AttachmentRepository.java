package se.digiportal.intake.domain;

import java.util.List;

public interface AttachmentRepository {

    List<Attachment> findByInitiative(long initiativeId);

    void save(Attachment attachment);
}
