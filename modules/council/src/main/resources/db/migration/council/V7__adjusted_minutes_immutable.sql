-- Adjusted (justerade) minutes are a public record: the database itself refuses to change or delete them, or the
-- decisions on their meeting's agenda, whatever the application does. A correction is a new, linked document.
DELIMITER //
CREATE TRIGGER council_minutes_adjusted_no_update BEFORE UPDATE ON council_minutes FOR EACH ROW
BEGIN
    IF OLD.status = 'ADJUSTED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'adjusted council_minutes are immutable';
    END IF;
END//

CREATE TRIGGER council_minutes_adjusted_no_delete BEFORE DELETE ON council_minutes FOR EACH ROW
BEGIN
    IF OLD.status = 'ADJUSTED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'adjusted council_minutes are immutable';
    END IF;
END//

CREATE TRIGGER council_agenda_item_adjusted_no_update BEFORE UPDATE ON council_agenda_item FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM council_minutes m WHERE m.meeting_id = OLD.meeting_id AND m.status = 'ADJUSTED') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the agenda of a meeting with adjusted minutes is immutable';
    END IF;
END//

CREATE TRIGGER council_agenda_item_adjusted_no_delete BEFORE DELETE ON council_agenda_item FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM council_minutes m WHERE m.meeting_id = OLD.meeting_id AND m.status = 'ADJUSTED') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the agenda of a meeting with adjusted minutes is immutable';
    END IF;
END//
DELIMITER ;
