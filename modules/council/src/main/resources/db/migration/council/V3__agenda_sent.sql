-- When the secretary last sent the meeting's agenda (föredragningslista) to the council's members.
ALTER TABLE council_meeting ADD COLUMN agenda_sent_at DATETIME(6) NULL;
