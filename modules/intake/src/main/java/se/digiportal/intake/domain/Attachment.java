package se.digiportal.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to an initiative. The content lives outside the database and the web root under a
 * generated storage key; the submitter's file name is kept only to show it.
 */
@Entity
@Table(name = "intake_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "file_name", nullable = false, length = AttachmentPolicy.NAME_MAX_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, unique = true, length = 64)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(long initiativeId, String fileName, String contentType, long sizeBytes, String storageKey,
                      String uploadedBy, Instant uploadedAt) {
        if (!AttachmentPolicy.isSafeName(fileName)) {
            throw new IllegalArgumentException("unsafe file name");
        }
        this.initiativeId = initiativeId;
        this.fileName = fileName.trim();
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long id() { return id; }
    public Long initiativeId() { return initiativeId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String storageKey() { return storageKey; }
    public Instant uploadedAt() { return uploadedAt; }
}
