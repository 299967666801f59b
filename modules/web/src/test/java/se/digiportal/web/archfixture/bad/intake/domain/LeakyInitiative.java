package se.digiportal.web.archfixture.bad.intake.domain;

import se.digiportal.web.archfixture.bad.portfolio.infrastructure.PortfolioTable;

/** Sample that breaks rule 1: intake reaches into the portfolio module's infrastructure. */
public class LeakyInitiative {
    public int peek(PortfolioTable table) {
        return table.rows();
    }
}
