package se.digiportal.beredning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class BeredningSchema implements ModuleSchema {
    @Override
    public String name() {
        return "beredning";
    }

    @Override
    public int order() {
        return 20;
    }
}
