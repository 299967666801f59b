package se.digiportal.kernel.domain;

/** How a setting's text value is read and checked. */
public enum SettingType {
    /** A whole number of at least zero (hours, working days). */
    NON_NEGATIVE_INTEGER {
        @Override
        public boolean accepts(String value) {
            return value != null && value.matches("\\d{1,9}");
        }
    },
    /** Free text, e.g. contact details; may span lines. */
    TEXT {
        @Override
        public boolean accepts(String value) {
            return value != null && !value.isBlank() && value.length() <= 2000;
        }
    };

    public abstract boolean accepts(String value);
}
