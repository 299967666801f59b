package se.digiportal.kernel.domain;

/**
 * The settings later modules read, with their defaults (seed 000 and 003). Stored values override the
 * defaults; an administrator changes them on the settings page, audited.
 */
public enum SettingKey {
    /** Criterion 1: shared municipal resources needed for more than this many hours. */
    CRITERIA_SHARED_RESOURCES_HOURS(SettingType.NON_NEGATIVE_INTEGER, "40"),
    /** Criterion 2: estimated total effort of more than this many hours. */
    CRITERIA_TOTAL_HOURS(SettingType.NON_NEGATIVE_INTEGER, "500"),
    /** Working days the contact person has to answer before the one reminder. */
    REMINDER_DELAY_WORKING_DAYS(SettingType.NON_NEGATIVE_INTEGER, "10"),
    /** Working days after the reminder before the case is parked. */
    PARKING_DELAY_WORKING_DAYS(SettingType.NON_NEGATIVE_INTEGER, "5"),
    /** Beredning suggests referral to the council when a case is estimated at this many hours or more. */
    REFERRAL_SIZE_HOURS(SettingType.NON_NEGATIVE_INTEGER, "500"),
    /** Days an item in progress may go without a status report before the portfolio dashboard calls it overdue. */
    STATUS_REPORT_INTERVAL_DAYS(SettingType.NON_NEGATIVE_INTEGER, "30"),
    /** Who to ask when no criterion is met: the IT-projektkontoret. */
    PROJECT_OFFICE_CONTACT(SettingType.TEXT,
            "IT-projektkontoret, projektkontoret@kommun.example, 08-123 450 00"),
    /** Who to ask when no criterion is met: the förvaltningsledare in the digitalization unit. */
    MANAGEMENT_LEAD_CONTACT(SettingType.TEXT,
            "Förvaltningsledare, Digitaliseringsenheten, forvaltningsledare@kommun.example, 08-123 450 10");

    private final SettingType type;
    private final String defaultValue;

    SettingKey(SettingType type, String defaultValue) {
        this.type = type;
        this.defaultValue = defaultValue;
    }

    public SettingType type() { return type; }
    public String defaultValue() { return defaultValue; }
}
