package se.digiportal.kernel.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that breaks a rule, named per field so the UI can show the message at the field and the API can name
 * the field in its problem+json body. Rolls the transaction back: nothing is half-saved.
 * Messages are keys of the kernel's message bundle.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A field name and a message key of the bundle. */
    public record FieldError(String field, String messageKey) {
    }
}
