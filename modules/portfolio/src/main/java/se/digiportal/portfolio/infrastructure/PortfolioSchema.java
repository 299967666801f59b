package se.digiportal.portfolio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import se.digiportal.kernel.application.ModuleSchema;

@ApplicationScoped
public class PortfolioSchema implements ModuleSchema {
    @Override
    public String name() {
        return "portfolio";
    }

    @Override
    public int order() {
        return 40;
    }
}
