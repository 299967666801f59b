package se.digiportal.beredning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How many working days a case should stay in a status at most; the queue highlights the cases past it. */
@Entity
@Table(name = "beredning_handling_target")
public class HandlingTarget {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private PreparationStatus status;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    protected HandlingTarget() {
    }

    public HandlingTarget(PreparationStatus status, int workingDays) {
        this.status = status;
        change(workingDays);
    }

    public void change(int newWorkingDays) {
        if (newWorkingDays < 1 || newWorkingDays > 365) {
            throw new IllegalArgumentException("a target is 1 to 365 working days");
        }
        this.workingDays = newWorkingDays;
    }

    /** Whether a case that entered the status on {@code since} is overdue on {@code today}. */
    public boolean overdue(LocalDate since, LocalDate today) {
        return WorkingDays.between(since, today) > workingDays;
    }

    public PreparationStatus status() { return status; }
    public int workingDays() { return workingDays; }
}
