package se.digiportal.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class IntakeSchema implements ModuleSchema {
    @Override
    public String name() {
        return "intake";
    }

    @Override
    public int order() {
        return 10;
    }
}
