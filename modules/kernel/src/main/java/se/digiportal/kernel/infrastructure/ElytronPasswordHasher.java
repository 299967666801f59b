package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;
import se.digiportal.kernel.domain.PasswordHasher;

/**
 * bcrypt in modular-crypt form ({@code $2a$10$...}), produced by Elytron, the same library the server's
 * jdbc-realm verifies with.
 */
@ApplicationScoped
public class ElytronPasswordHasher implements PasswordHasher {

    static final int COST = 10;
    private static final Provider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(char[] password) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password generated = factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(generated);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt unavailable", e);
        }
    }

    @Override
    public boolean matches(char[] password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
