package se.digiportal.objects.api;

import java.util.List;

/** Read-only: the names of the IT systems in the register, so other modules can see which systems a text names. */
public interface SystemNames {

    /** Every registered system's name, in alphabetical order. */
    List<String> registered();
}
