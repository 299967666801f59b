package se.digiportal.objects.domain;

import se.digiportal.kernel.api.InvalidInputException;

/** The text rules the plan's parts share, named by field so the edge can show them where they belong. */
final class PlanText {

    static final int SHORT_TEXT = 500;

    private PlanText() {
    }

    static String required(String value, String field) {
        String text = optional(value, field);
        if (text == null) {
            throw InvalidInputException.of(field, "plan.text.required");
        }
        return text;
    }

    static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.length() > SHORT_TEXT) {
            throw InvalidInputException.of(field, "plan.text.tooLong");
        }
        return text;
    }

    static long amount(Long value, String field) {
        if (value == null || value < 0) {
            throw InvalidInputException.of(field, "plan.amount.invalid");
        }
        return value;
    }
}
