package se.digiportal.objects.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * One system's part of an inventory round, addressed to its two systemspecialists as they were when the round
 * opened (a later change of specialist does not move the question). Either of them answers for the system.
 */
@Entity
@Table(name = "objects_inventory_task")
public class InventoryTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "system_id", nullable = false)
    private Long systemId;

    @Column(name = "system_name", nullable = false, length = 200)
    private String systemName;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(name = "managed_object_id")
    private Long managedObjectId;

    @Column(name = "business_username", length = 64)
    private String businessUsername;

    @Column(name = "it_username", length = 64)
    private String itUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InventoryAnswer answer = InventoryAnswer.PENDING;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "correction_note", length = 2000)
    private String correctionNote;

    @Column(nullable = false)
    private boolean reminded;

    @Version
    private long version;

    protected InventoryTask() {
    }

    public InventoryTask(InventoryRound round, ItSystem system) {
        this.roundId = round.id();
        this.systemId = system.id();
        this.systemName = system.name();
        this.orgUnitId = system.orgUnitId();
        this.managedObjectId = system.managedObjectId();
        this.businessUsername = system.businessSpecialistUsername();
        this.itUsername = system.itSpecialistUsername();
    }

    public boolean addressedTo(String username) {
        return username != null && (username.equals(businessUsername) || username.equals(itUsername));
    }

    /** Who gets the task and its mails; empty when the system has no specialist at all. */
    public List<String> assignees() {
        List<String> people = new ArrayList<>();
        if (businessUsername != null) {
            people.add(businessUsername);
        }
        if (itUsername != null) {
            people.add(itUsername);
        }
        return List.copyOf(people);
    }

    public void confirm(InventoryRound round, String actor, Instant at) {
        answer(round, actor, at);
        answer = InventoryAnswer.CONFIRMED;
        correctionNote = null;
    }

    /** The system's data has been corrected (by the caller, in the register); the note says what and why. */
    public void correct(InventoryRound round, String actor, String note, Instant at) {
        if (note != null && note.trim().length() > 2000) {
            throw InvalidInputException.of("note", "plan.text.tooLong");
        }
        answer(round, actor, at);
        answer = InventoryAnswer.CORRECTED;
        correctionNote = note == null || note.isBlank() ? null : note.trim();
    }

    /** Silent tasks are reminded once, with the round. */
    public boolean silent() {
        return answer == InventoryAnswer.PENDING;
    }

    public void markReminded() {
        reminded = true;
    }

    private void answer(InventoryRound round, String actor, Instant at) {
        if (!round.id().equals(roundId)) {
            throw new IllegalArgumentException("task " + id + " is not in round " + round.id());
        }
        if (!round.isOpen()) {
            throw new PlanStateConflict("inventory.closed");
        }
        if (!addressedTo(actor)) {
            throw new NotResponsible(actor + " is not a systemspecialist of " + systemName);
        }
        answeredBy = actor;
        answeredAt = at;
    }

    public Long id() { return id; }
    public Long roundId() { return roundId; }
    public Long systemId() { return systemId; }
    public String systemName() { return systemName; }
    public Long orgUnitId() { return orgUnitId; }
    public Long managedObjectId() { return managedObjectId; }
    public InventoryAnswer answer() { return answer; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public String correctionNote() { return correctionNote; }
    public boolean reminded() { return reminded; }
}
