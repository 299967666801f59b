package se.digiportal.web.archfixture.bad.portfolio.infrastructure;

/** Sample: an internal class of the portfolio module. */
public class PortfolioTable {
    public int rows() {
        return 0;
    }
}
