package se.digiportal.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A resource kind's capacity in one month when it differs from the usual (holidays, a vacancy, a new hire). */
@Entity
@Table(name = "portfolio_capacity")
public class MonthlyCapacity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind_code", nullable = false, length = 32, updatable = false)
    private String kindCode;

    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;

    @Column(nullable = false)
    private int hours;

    protected MonthlyCapacity() {
    }

    public MonthlyCapacity(String kindCode, YearMonth month, int hours) {
        this.kindCode = Objects.requireNonNull(kindCode, "kindCode");
        this.monthStart = month.atDay(1);
        change(hours);
    }

    public void change(int hours) {
        if (hours < 0 || hours > Booking.MAX_HOURS_PER_MONTH * 100) {
            throw new IllegalArgumentException("capacity out of range: " + hours);
        }
        this.hours = hours;
    }

    public String kindCode() { return kindCode; }
    public YearMonth month() { return YearMonth.from(monthStart); }
    public int hours() { return hours; }
}
