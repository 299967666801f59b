package se.digiportal.portfolio.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The resource kinds, their capacity per month and the bookings of every item, for the capacity view. */
public interface CapacityRepository {

    /** Every kind, in display order. */
    List<ResourceKind> kinds();

    Optional<ResourceKind> kind(String code);

    /** Months that differ from a kind's usual capacity, within {@code from}..{@code to}. */
    List<MonthlyCapacity> capacities(YearMonth from, YearMonth to);

    Optional<MonthlyCapacity> capacity(String kindCode, YearMonth month);

    MonthlyCapacity save(MonthlyCapacity capacity);

    /** Every booking of an item that is not final, overlapping {@code from}..{@code to}, in one query. */
    List<CapacityPlan.Booked> bookings(YearMonth from, YearMonth to);
}
