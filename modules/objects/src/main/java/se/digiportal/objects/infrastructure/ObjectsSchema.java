package se.digiportal.objects.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class ObjectsSchema implements ModuleSchema {
    @Override
    public String name() {
        return "objects";
    }

    @Override
    public int order() {
        return 50;
    }
}
