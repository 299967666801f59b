package se.digiportal.web.archfixture.good.portfolio.api;

/** Sample: the portfolio module's published id type. */
public record PortfolioItemId(long value) {
}
