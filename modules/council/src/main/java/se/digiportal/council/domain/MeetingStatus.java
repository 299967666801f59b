package se.digiportal.council.domain;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
