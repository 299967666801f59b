package se.digiportal.web.archfixture.good.kernel.api;

/** Sample: a kernel type. */
public final class Clockwork {
    private Clockwork() {
    }
}
