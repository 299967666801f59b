package se.digiportal.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class KernelSchema implements ModuleSchema {
    @Override
    public String name() {
        return "kernel";
    }

    @Override
    public int order() {
        return 0;
    }
}
