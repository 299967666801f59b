package se.digiportal.kernel.domain;

/** One changed field of an audited entity: its name and its value before and after, as text. */
public record FieldChange(String field, String before, String after) {
}
