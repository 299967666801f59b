package se.digiportal.beredning.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * Who gets a meeting invitation: the case's contact person and the colleagues the submitter named, each once.
 * An address that cannot be a mail address is refused, so nobody believes a colleague was invited who was not.
 */
public final class Invitees {

    public static final String INVALID_KEY = "booking.error.invalidEmail";
    public static final String NONE_KEY = "booking.error.noInvitees";
    public static final int MAX = 20;

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

    private Invitees() {
    }

    /** Comma-, semicolon- or whitespace-separated addresses as a person types them. */
    public static List<String> parse(String typed) {
        List<String> out = new ArrayList<>();
        if (typed == null) {
            return out;
        }
        for (String part : typed.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The contact person first, then the extra addresses, each once (case-insensitively), all valid; the field
     * named in an error is the form's {@code invitees}.
     */
    public static List<String> of(String contactEmail, List<String> extra) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        if (contactEmail != null && !contactEmail.isBlank()) {
            candidates.add(contactEmail.strip());
        }
        if (extra != null) {
            extra.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).forEach(candidates::add);
        }
        for (String address : candidates) {
            if (!ADDRESS.matcher(address).matches() || address.length() > 200) {
                throw InvalidInputException.of("invitees", INVALID_KEY);
            }
            if (seen.add(address.toLowerCase(Locale.ROOT))) {
                all.add(address);
            }
        }
        if (all.isEmpty()) {
            throw InvalidInputException.of("invitees", NONE_KEY);
        }
        if (all.size() > MAX) {
            throw InvalidInputException.of("invitees", INVALID_KEY);
        }
        return all;
    }
}
