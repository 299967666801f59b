package se.digiportal.kernel.domain;

/** Turns a password into the stored hash the security realm verifies, and checks a password against one. */
public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
