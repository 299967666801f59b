package se.digiportal.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.digiportal.council.api.ConsultationOutcome;

/**
 * A snabbsamråd on an IT procurement (seed 000), held digitally between meetings. Beredning requests it with a
 * published underlag; the secretary opens it with a deadline, which fixes who takes part (the council's members
 * at that moment); each member answers once and may change the answer while it is open; it closes when everyone
 * has answered or the deadline has passed, and its outcome then follows from the answers.
 */
@Entity
@Table(name = "council_consultation")
public class Consultation {

    public static final String AUDIT_TYPE = "Consultation";
    public static final int TEXT_MAX_LENGTH = 2000;

    /** Why it closed. */
    public enum Closing {
        ALL_ANSWERED, DEADLINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 20)
    private String caseNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "org_unit_id", nullable = false)
    private long orgUnitId;

    @Column(name = "underlag_id", nullable = false)
    private long underlagId;

    @Column(name = "responsible_director", length = 200)
    private String responsibleDirector;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationStatus status;

    @Column(name = "opened_by", length = 100)
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column
    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing", length = 20)
    private Closing closing;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ConsultationOutcome outcome;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_consultation_participant", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> participants = new TreeSet<>();

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ConsultationResponse> responses = new ArrayList<>();

    protected Consultation() {
    }

    public Consultation(String caseNumber, String title, long orgUnitId, long underlagId, String responsibleDirector,
                        String requestedBy, Instant requestedAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.title = title == null || title.length() <= 200 ? Objects.requireNonNull(title, "title")
                : title.substring(0, 200);
        this.orgUnitId = orgUnitId;
        this.underlagId = underlagId;
        this.responsibleDirector = responsibleDirector == null || responsibleDirector.isBlank() ? null
                : responsibleDirector.trim();
        this.requestedBy = requestedBy == null ? "system" : requestedBy;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = ConsultationStatus.REQUESTED;
    }

    /**
     * Opens the samråd to the given members until the deadline.
     *
     * @throws Invalid       {@code deadline} missing or not after {@code now}
     * @throws NotOpen       it was already opened
     * @throws NoParticipants the council has no members to ask
     */
    public void open(Instant deadline, Collection<String> members, String by, Instant now) {
        if (status != ConsultationStatus.REQUESTED) {
            throw new NotOpen(status);
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw new Invalid(List.of("deadline"));
        }
        if (members.isEmpty()) {
            throw new NoParticipants();
        }
        participants.clear();
        participants.addAll(members);
        this.deadline = deadline;
        this.openedBy = Objects.requireNonNull(by, "by");
        this.openedAt = now;
        this.status = ConsultationStatus.OPEN;
    }

    /**
     * Records (or changes) a member's answer; the samråd closes when it was the last one missing.
     *
     * @return whether this answer closed it
     * @throws Invalid        {@code answer} missing, {@code text} missing for an objection or comment, or too long
     * @throws NotOpen        not opened yet, already closed, or its deadline has passed
     * @throws NotParticipant the member was not asked
     */
    public boolean respond(String member, ConsultationAnswer answer, String text, Instant now) {
        List<String> wrong = new ArrayList<>();
        if (answer == null) {
            wrong.add("answer");
        }
        String said = text == null || text.isBlank() ? null : text.trim();
        if (answer != null && answer.needsText() && said == null || said != null && said.length() > TEXT_MAX_LENGTH) {
            wrong.add("text");
        }
        if (status != ConsultationStatus.OPEN || !now.isBefore(deadline)) {
            throw new NotOpen(status);
        }
        if (!participants.contains(member)) {
            throw new NotParticipant(member);
        }
        if (!wrong.isEmpty()) {
            throw new Invalid(wrong);
        }
        responseOf(member).ifPresentOrElse(r -> r.change(answer, said, now),
                () -> responses.add(new ConsultationResponse(this, member, answer, said, now)));
        if (responses.size() == participants.size()) {
            close(Closing.ALL_ANSWERED, now);
            return true;
        }
        return false;
    }

    /** Closes an open samråd whose deadline has come; does nothing otherwise, so a repeated run is harmless. */
    public boolean closeIfDue(Instant now) {
        if (status != ConsultationStatus.OPEN || now.isBefore(deadline)) {
            return false;
        }
        close(Closing.DEADLINE, now);
        return true;
    }

    private void close(Closing why, Instant now) {
        this.closing = why;
        this.closedAt = now;
        this.outcome = outcomeOf(responses);
        this.status = ConsultationStatus.CLOSED;
    }

    /** The rule: any objection makes it "invändningar"; no answer at all is "inga svar"; otherwise tillstyrkt. */
    static ConsultationOutcome outcomeOf(List<ConsultationResponse> answers) {
        if (answers.isEmpty()) {
            return ConsultationOutcome.UNANSWERED;
        }
        return answers.stream().anyMatch(r -> r.answer() == ConsultationAnswer.OBJECT)
                ? ConsultationOutcome.OBJECTIONS : ConsultationOutcome.CONSENTED;
    }

    /**
     * The outcome in words, for the record, the timeline and the minutes: the outcome, how many of the asked
     * answered, then each objection and comment with who made it (full names where {@code names} knows them).
     */
    public String summary(java.util.function.Function<String, String> names) {
        if (status != ConsultationStatus.CLOSED) {
            throw new IllegalStateException("consultation " + id + " is " + status);
        }
        StringBuilder text = new StringBuilder(outcome.swedish()).append(" (").append(responses.size())
                .append(" av ").append(participants.size()).append(" ledamöter svarade");
        long agreed = responses.stream().filter(r -> r.answer() == ConsultationAnswer.AGREE).count();
        text.append(", ").append(agreed).append(" tillstyrkte).");
        for (ConsultationAnswer kind : List.of(ConsultationAnswer.OBJECT, ConsultationAnswer.COMMENT)) {
            for (ConsultationResponse r : responses) {
                if (r.answer() == kind) {
                    text.append(kind == ConsultationAnswer.OBJECT ? " Invändning från " : " Synpunkt från ")
                            .append(names.apply(r.member())).append(": ").append(r.text());
                }
            }
        }
        return text.toString();
    }

    public Optional<ConsultationResponse> responseOf(String member) {
        return responses.stream().filter(r -> r.member().equals(member)).findFirst();
    }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String title() { return title; }
    public long orgUnitId() { return orgUnitId; }
    public long underlagId() { return underlagId; }
    public String responsibleDirector() { return responsibleDirector; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public ConsultationStatus status() { return status; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant deadline() { return deadline; }
    public Instant closedAt() { return closedAt; }
    public Closing closing() { return closing; }
    public ConsultationOutcome outcome() { return outcome; }
    public Set<String> participants() { return java.util.Collections.unmodifiableSet(participants); }
    public List<ConsultationResponse> responses() { return List.copyOf(responses); }

    /** Input that is missing or wrong, by field. */
    public static class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> fields;

        Invalid(List<String> fields) {
            super("invalid: " + fields);
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }

    /** Not open for what was asked (not yet opened, already opened, or closed). */
    public static class NotOpen extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotOpen(ConsultationStatus status) {
            super("consultation is " + status);
        }
    }

    /** Answered by someone who was not asked. */
    public static class NotParticipant extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotParticipant(String member) {
            super(member + " takes no part in this consultation");
        }
    }

    /** The council has nobody to ask. */
    public static class NoParticipants extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NoParticipants() {
            super("the council has no members");
        }
    }
}
