package se.digiportal.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityPlanTest {

    private static final ResourceKind LEGAL = new ResourceKind("LEGAL", "Jurist", "Legal counsel", 80, 1);
    private static final ResourceKind DEV = new ResourceKind("DEVELOPER", "Utvecklare", "Developer", 160, 2);

    @Test
    void bookings_add_up_per_kind_and_month_and_more_than_the_capacity_is_overbooked() {
        YearMonth jan = YearMonth.of(2027, 1);
        List<CapacityPlan.Booked> bookings = List.of(
                new CapacityPlan.Booked("LEGAL", jan, jan.plusMonths(1), 50),
                new CapacityPlan.Booked("LEGAL", jan.plusMonths(1), jan.plusMonths(2), 40),
                new CapacityPlan.Booked("DEVELOPER", jan.minusMonths(3), jan, 100));

        List<List<CapacityPlan.Cell>> plan = CapacityPlan.of(List.of(LEGAL, DEV), Map.of(), bookings, jan, 3);

        assertThat(plan.get(0)).extracting(CapacityPlan.Cell::booked).containsExactly(50, 90, 40);
        assertThat(plan.get(0)).extracting(CapacityPlan.Cell::overbooked).containsExactly(false, true, false);
        assertThat(plan.get(1)).extracting(CapacityPlan.Cell::booked).containsExactly(100, 0, 0);
    }

    @Test
    void a_month_with_its_own_capacity_overrides_the_usual() {
        YearMonth july = YearMonth.of(2027, 7);
        List<CapacityPlan.Booked> bookings = List.of(new CapacityPlan.Booked("DEVELOPER", july, july.plusMonths(1), 100));

        List<CapacityPlan.Cell> row = CapacityPlan.of(List.of(DEV), Map.of("DEVELOPER", Map.of(july, 40)), bookings,
                july, 2).get(0);

        assertThat(row).extracting(CapacityPlan.Cell::capacity).containsExactly(40, 160);
        assertThat(row).extracting(CapacityPlan.Cell::overbooked).containsExactly(true, false);
    }
}
