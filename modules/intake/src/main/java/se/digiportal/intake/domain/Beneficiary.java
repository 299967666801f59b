package se.digiportal.intake.domain;

/** For whom the initiative is meant to bring benefits (the template's "för vem"). */
public enum Beneficiary {
    CITIZENS, EMPLOYEES, BUSINESSES
}
