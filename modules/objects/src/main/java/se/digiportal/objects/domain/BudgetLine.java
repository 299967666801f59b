package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The year's budget for one category (licences, operations, development...), in kronor. */
@Embeddable
public class BudgetLine {

    @Column(name = "category", nullable = false, length = PlanText.SHORT_TEXT)
    private String category;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected BudgetLine() {
    }

    public BudgetLine(String category, Long amount) {
        this.category = PlanText.required(category, "budget");
        this.amount = PlanText.amount(amount, "budget");
    }

    public String category() { return category; }
    public long amount() { return amount; }

    @Override
    public String toString() {
        return category + ": " + amount + " kr";
    }
}
