package se.digiportal.council.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class CouncilSchema implements ModuleSchema {
    @Override
    public String name() {
        return "council";
    }

    @Override
    public int order() {
        return 30;
    }
}
