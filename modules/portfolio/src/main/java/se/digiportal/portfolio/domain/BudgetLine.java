package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item's budget for one year, in whole kronor: investment (one-off) and operation (drift). */
@Entity
@Table(name = "portfolio_budget_line")
public class BudgetLine {

    public static final long MAX_AMOUNT = 10_000_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PortfolioItem item;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "investment_sek", nullable = false)
    private long investment;

    @Column(name = "operation_sek", nullable = false)
    private long operation;

    protected BudgetLine() {
    }

    BudgetLine(PortfolioItem item, int year, long investment, long operation) {
        this.item = item;
        this.year = year;
        change(investment, operation);
    }

    void change(long investment, long operation) {
        if (investment < 0 || operation < 0 || investment > MAX_AMOUNT || operation > MAX_AMOUNT) {
            throw new IllegalArgumentException("amounts are between 0 and " + MAX_AMOUNT + " kronor");
        }
        this.investment = investment;
        this.operation = operation;
    }

    public int year() { return year; }
    public long investment() { return investment; }
    public long operation() { return operation; }
}
