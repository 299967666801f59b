package se.digiportal.web.archfixture.good.intake.domain;

import se.digiportal.web.archfixture.good.kernel.api.Clockwork;
import se.digiportal.web.archfixture.good.portfolio.api.PortfolioItemId;

/** Sample that keeps rule 1: intake refers to a portfolio item by its published id only. */
public class LinkedInitiative {
    private PortfolioItemId item;
    private Class<?> kernelType = Clockwork.class;

    public PortfolioItemId item() {
        return item;
    }
}
