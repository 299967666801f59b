package se.digiportal.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A seat in the digitaliseringsråd: a user (with the role COUNCIL_MEMBER), the function held, and whether the member
 * sits on the utskott that prepares e-service questions (seed 003). Membership is data, kept by the secretary.
 */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    public static final String AUDIT_TYPE = "CouncilMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, unique = true)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CouncilFunction function;

    @Column(name = "in_utskott", nullable = false)
    private boolean inUtskott;

    @Version
    private long version;

    protected CouncilMember() {
    }

    public CouncilMember(String username, CouncilFunction function, boolean inUtskott) {
        this.username = Objects.requireNonNull(username, "username");
        this.function = Objects.requireNonNull(function, "function");
        this.inUtskott = inUtskott;
    }

    public void change(CouncilFunction function, boolean inUtskott) {
        this.function = Objects.requireNonNull(function, "function");
        this.inUtskott = inUtskott;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public CouncilFunction function() { return function; }
    public boolean inUtskott() { return inUtskott; }
}
