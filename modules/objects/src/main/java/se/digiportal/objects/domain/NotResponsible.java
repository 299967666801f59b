package se.digiportal.objects.domain;

/** The caller is not one of the people an inventory task is addressed to. */
public class NotResponsible extends RuntimeException {
    public NotResponsible(String message) {
        super(message);
    }
}
