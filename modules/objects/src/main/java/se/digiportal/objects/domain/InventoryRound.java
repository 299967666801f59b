package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * A systeminventering (seed 001): the digitalization unit asks every system's specialists to confirm or correct
 * the register by a deadline. The round carries its own reminder date, chosen when it is opened, and reminds once:
 * {@code reminderSentAt} is stored, so a second timer run (or a second node) finds nothing left to do.
 */
@Entity
@Table(name = "objects_inventory_round")
public class InventoryRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "managed_object_id")
    private Long managedObjectId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "remind_on", nullable = false)
    private LocalDate remindOn;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected InventoryRound() {
    }

    /**
     * Opens a round over the whole register or one object's systems. The reminder goes out on {@code remindOn},
     * which must fall between today and the deadline.
     */
    public InventoryRound(String title, Long managedObjectId, LocalDate deadline, LocalDate remindOn, String openedBy,
                          Instant now, LocalDate today) {
        if (title == null || title.isBlank()) {
            throw InvalidInputException.of("title", "plan.text.required");
        }
        if (title.trim().length() > 200) {
            throw InvalidInputException.of("title", "plan.text.tooLong");
        }
        if (deadline == null || !deadline.isAfter(today)) {
            throw InvalidInputException.of("deadline", "inventory.deadline.invalid");
        }
        if (remindOn == null || remindOn.isBefore(today) || remindOn.isAfter(deadline)) {
            throw InvalidInputException.of("remindOn", "inventory.remindOn.invalid");
        }
        this.title = title.trim();
        this.managedObjectId = managedObjectId;
        this.deadline = deadline;
        this.remindOn = remindOn;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Once, on or after the reminder date, while the round is open. */
    public boolean reminderDue(LocalDate today) {
        return isOpen() && reminderSentAt == null && !today.isBefore(remindOn);
    }

    public void markReminded(Instant at) {
        if (reminderSentAt != null) {
            throw new IllegalStateException("round " + id + " has already reminded");
        }
        reminderSentAt = at;
    }

    public void close(Instant at) {
        if (!isOpen()) {
            throw new PlanStateConflict("inventory.closed");
        }
        closedAt = at;
    }

    public Long id() { return id; }
    public String title() { return title; }
    public Long managedObjectId() { return managedObjectId; }
    public LocalDate deadline() { return deadline; }
    public LocalDate remindOn() { return remindOn; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant reminderSentAt() { return reminderSentAt; }
    public Instant closedAt() { return closedAt; }
}
