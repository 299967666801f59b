package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.portfolio.application.Views.CapacityCellView;
import se.digiportal.portfolio.application.Views.CapacityRow;
import se.digiportal.portfolio.application.Views.CapacityView;
import se.digiportal.portfolio.application.Views.ResourceKindView;
import se.digiportal.portfolio.domain.Booking;
import se.digiportal.portfolio.domain.CapacityPlan;
import se.digiportal.portfolio.domain.CapacityRepository;
import se.digiportal.portfolio.domain.MonthlyCapacity;
import se.digiportal.portfolio.domain.ResourceKind;

/**
 * The project office's capacity view: booked hours against capacity per resource kind and month, over-booking
 * shown; the capacity of a month is data the project office sets (audited).
 */
@Stateless
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
        Role.Names.COUNCIL_SECRETARY})
public class PortfolioCapacity {

    public static final int MAX_MONTHS = 24;
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");

    @Inject
    CapacityRepository capacity;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ResourceKindView> kinds() {
        return capacity.kinds().stream().map(PortfolioCapacity::view).toList();
    }

    /** {@code months} months from {@code first} (this month when null). */
    public CapacityView view(YearMonth first, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidInputException.of("months", "portfolio.error.months");
        }
        YearMonth from = first == null ? YearMonth.now(clock.withZone(MUNICIPALITY)) : first;
        YearMonth to = from.plusMonths(months - 1L);
        List<ResourceKind> kinds = capacity.kinds();
        Map<String, Map<YearMonth, Integer>> overrides = new HashMap<>();
        for (MonthlyCapacity c : capacity.capacities(from, to)) {
            overrides.computeIfAbsent(c.kindCode(), k -> new HashMap<>()).put(c.month(), c.hours());
        }
        List<List<CapacityPlan.Cell>> plan = CapacityPlan.of(kinds, overrides, capacity.bookings(from, to), from,
                months);
        List<CapacityRow> rows = IntStream.range(0, kinds.size()).mapToObj(i -> new CapacityRow(view(kinds.get(i)),
                plan.get(i).stream().map(c -> new CapacityCellView(c.month(), c.booked(), c.capacity(),
                        c.overbooked())).toList())).toList();
        return new CapacityView(IntStream.range(0, months).mapToObj(from::plusMonths).toList(), rows);
    }

    @RolesAllowed(Role.Names.PROJECT_OFFICE)
    public void setCapacity(String kindCode, YearMonth month, Integer hours) {
        ResourceKind kind = kindCode == null ? null : capacity.kind(kindCode).orElse(null);
        if (kind == null) {
            throw InvalidInputException.of("kindCode", "portfolio.error.kind");
        }
        if (month == null) {
            throw InvalidInputException.of("month", "portfolio.error.month");
        }
        if (hours == null || hours < 0 || hours > Booking.MAX_HOURS_PER_MONTH * 100) {
            throw InvalidInputException.of("hours", "portfolio.error.capacity");
        }
        var existing = capacity.capacity(kindCode, month);
        int before = existing.map(MonthlyCapacity::hours).orElse(kind.monthlyCapacityHours());
        existing.ifPresentOrElse(c -> c.change(hours), () -> capacity.save(new MonthlyCapacity(kindCode, month, hours)));
        audit.record("PortfolioCapacity", kindCode + "/" + month, "CAPACITY_SET", Changes.of("hours", before, hours));
    }

    private static ResourceKindView view(ResourceKind k) {
        return new ResourceKindView(k.code(), k.nameSv(), k.nameEn(), k.monthlyCapacityHours());
    }
}
