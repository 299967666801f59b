package se.digiportal.kernel.api;

import jakarta.ejb.ApplicationException;

/** The request clashes with the current state (a duplicate code, a stale version). Message is a bundle key. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
    public ConflictException(String messageKey) {
        super(messageKey);
    }
}
