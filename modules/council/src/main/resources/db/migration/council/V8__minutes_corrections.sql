-- Corrections (rättelser) of adjusted minutes: each a new document naming the minutes it corrects, drafted by the
-- secretary and adjusted by a named adjuster; once adjusted it is as immutable as the minutes themselves.
CREATE TABLE council_minutes_correction (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    minutes_id  BIGINT       NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    adjuster    VARCHAR(100) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    drafted_by  VARCHAR(100) NOT NULL,
    drafted_at  DATETIME(6)  NOT NULL,
    adjusted_at DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_council_minutes_correction_minutes FOREIGN KEY (minutes_id) REFERENCES council_minutes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

DELIMITER //
CREATE TRIGGER council_minutes_correction_adjusted_no_update BEFORE UPDATE ON council_minutes_correction FOR EACH ROW
BEGIN
    IF OLD.status = 'ADJUSTED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'adjusted council_minutes_correction rows are immutable';
    END IF;
END//

CREATE TRIGGER council_minutes_correction_adjusted_no_delete BEFORE DELETE ON council_minutes_correction FOR EACH ROW
BEGIN
    IF OLD.status = 'ADJUSTED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'adjusted council_minutes_correction rows are immutable';
    END IF;
END//
DELIMITER ;
