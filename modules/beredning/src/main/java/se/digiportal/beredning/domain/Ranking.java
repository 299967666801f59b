package se.digiportal.beredning.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * Step 2 of the prioritization per tjänsteområde (seed 003): the ranked list of the area's included cases for
 * a year. It follows the cases while it is being worked on; once frozen it is the area's proposal to the
 * council and nothing changes it any more.
 */
@Entity
@Table(name = "beredning_ranking")
public class Ranking {

    public static final String AUDIT_TYPE = "Ranking";
    public static final String FROZEN_KEY = "ranking.error.frozen";
    public static final String INVALID_ORDER_KEY = "ranking.error.invalidOrder";
    public static final String EMPTY_KEY = "ranking.error.empty";

    /** A case as the ranking knows it: by id and number, never by a reference into the case's aggregate. */
    public record RankedCase(long caseId, String caseNumber) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_area_code", nullable = false, length = 32)
    private String serviceAreaCode;

    @Column(name = "ranking_year", nullable = false)
    private int rankingYear;

    @Column(name = "frozen_by", length = 64)
    private String frozenBy;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "ranking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RankingEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Ranking() {
    }

    public Ranking(String serviceAreaCode, int year) {
        if (serviceAreaCode == null || serviceAreaCode.isBlank()) {
            throw new IllegalArgumentException("a ranking belongs to a service area");
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("not a plausible year: " + year);
        }
        this.serviceAreaCode = serviceAreaCode;
        this.rankingYear = year;
    }

    /**
     * Follows the cases that are included in the area now: ranked cases keep their order, cases no longer
     * included leave, new ones join at the end in the order given. A frozen ranking follows nothing.
     */
    public void follow(List<RankedCase> included) {
        if (frozen()) {
            return;
        }
        Set<Long> now = included.stream().map(RankedCase::caseId).collect(Collectors.toSet());
        entries.removeIf(e -> !now.contains(e.caseId()));
        Set<Long> ranked = entries.stream().map(RankingEntry::caseId).collect(Collectors.toSet());
        List<RankingEntry> ordered = new ArrayList<>(sorted());
        for (RankedCase c : included) {
            if (ranked.add(c.caseId())) {
                RankingEntry e = new RankingEntry(this, c.caseId(), c.caseNumber(), ordered.size() + 1);
                entries.add(e);
                ordered.add(e);
            }
        }
        renumber(ordered);
    }

    /**
     * The new order, as case numbers from first to last. It must name every ranked case exactly once, so
     * no two cases ever share a position and none falls out by a slip of the mouse.
     */
    public void reorder(List<String> caseNumbers, String by, Instant at) {
        requireNotFrozen();
        Map<String, RankingEntry> byNumber = entries.stream()
                .collect(Collectors.toMap(RankingEntry::caseNumber, Function.identity()));
        if (caseNumbers == null || caseNumbers.size() != entries.size()
                || new HashSet<>(caseNumbers).size() != caseNumbers.size()
                || !byNumber.keySet().containsAll(caseNumbers)) {
            throw InvalidInputException.of("order", INVALID_ORDER_KEY);
        }
        renumber(caseNumbers.stream().map(byNumber::get).toList());
        touch(by, at);
    }

    /** Moves one case a step up (towards 1) or down; at either end nothing moves. */
    public void move(String caseNumber, boolean up, String by, Instant at) {
        requireNotFrozen();
        List<String> order = new ArrayList<>(ranking());
        int i = order.indexOf(caseNumber);
        if (i < 0) {
            throw InvalidInputException.of("order", INVALID_ORDER_KEY);
        }
        int j = up ? i - 1 : i + 1;
        if (j >= 0 && j < order.size()) {
            order.set(i, order.get(j));
            order.set(j, caseNumber);
        }
        reorder(order, by, at);
    }

    /** Makes the ranking the area's proposal for the year; from now on it is read-only. */
    public void freeze(String by, Instant at) {
        requireNotFrozen();
        if (entries.isEmpty()) {
            throw new ConflictException(EMPTY_KEY);
        }
        this.frozenBy = Objects.requireNonNull(by, "by");
        this.frozenAt = Objects.requireNonNull(at, "at");
        touch(by, at);
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    /** Case numbers from first to last. */
    public List<String> ranking() {
        return sorted().stream().map(RankingEntry::caseNumber).toList();
    }

    public List<RankingEntry> entries() {
        return sorted();
    }

    private List<RankingEntry> sorted() {
        return entries.stream().sorted(Comparator.comparingInt(RankingEntry::position)).toList();
    }

    private static void renumber(List<RankingEntry> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private void requireNotFrozen() {
        if (frozen()) {
            throw new ConflictException(FROZEN_KEY);
        }
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() { return id; }
    public String serviceAreaCode() { return serviceAreaCode; }
    public int year() { return rankingYear; }
    public String frozenBy() { return frozenBy; }
    public Instant frozenAt() { return frozenAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
