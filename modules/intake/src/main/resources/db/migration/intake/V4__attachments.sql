-- Attachments of an initiative: metadata here, content on disk outside the web root under storage_key.
CREATE TABLE intake_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    initiative_id BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(120) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    storage_key   VARCHAR(64)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_intake_attachment_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_intake_attachment_initiative FOREIGN KEY (initiative_id) REFERENCES intake_initiative (id) ON DELETE CASCADE,
    INDEX ix_intake_attachment_initiative (initiative_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
