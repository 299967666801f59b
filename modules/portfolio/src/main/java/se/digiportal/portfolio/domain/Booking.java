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
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A resource booked for an item: a kind (and, when known, a named person) for some hours every month from one
 * month to another, both included.
 */
@Entity
@Table(name = "portfolio_booking")
public class Booking {

    /** One person's hours in a month at most; a booking of more is a typing error. */
    public static final int MAX_HOURS_PER_MONTH = 744;
    public static final int MAX_MONTHS = 60;
    public static final int PERSON_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private PortfolioItem item;

    @Column(name = "kind_code", nullable = false, length = 32)
    private String kindCode;

    @Column(length = PERSON_MAX_LENGTH)
    private String person;

    @Column(name = "from_month", nullable = false)
    private LocalDate fromMonth;

    @Column(name = "to_month", nullable = false)
    private LocalDate toMonth;

    @Column(name = "hours_per_month", nullable = false)
    private int hoursPerMonth;

    protected Booking() {
    }

    Booking(PortfolioItem item, String kindCode, String person, YearMonth from, YearMonth to, int hoursPerMonth) {
        if (kindCode == null || kindCode.isBlank()) {
            throw new IllegalArgumentException("a resource kind is required");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new IllegalArgumentException("the months run forwards, at most " + MAX_MONTHS);
        }
        if (hoursPerMonth < 1 || hoursPerMonth > MAX_HOURS_PER_MONTH) {
            throw new IllegalArgumentException("hours per month between 1 and " + MAX_HOURS_PER_MONTH);
        }
        String named = person == null || person.isBlank() ? null : person.trim();
        if (named != null && named.length() > PERSON_MAX_LENGTH) {
            throw new IllegalArgumentException("person is longer than " + PERSON_MAX_LENGTH);
        }
        this.item = item;
        this.kindCode = kindCode;
        this.person = named;
        this.fromMonth = from.atDay(1);
        this.toMonth = to.atDay(1);
        this.hoursPerMonth = hoursPerMonth;
    }

    public Long id() { return id; }
    public String kindCode() { return kindCode; }
    public String person() { return person; }
    public YearMonth from() { return YearMonth.from(fromMonth); }
    public YearMonth to() { return YearMonth.from(toMonth); }
    public int hoursPerMonth() { return hoursPerMonth; }

    /** Whether it books hours in that month. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from()) && !month.isAfter(to());
    }
}
