package se.digiportal.council.domain;

import java.util.List;
import java.util.Optional;

public interface CouncilMemberRepository {

    CouncilMember save(CouncilMember member);

    void remove(CouncilMember member);

    Optional<CouncilMember> findByUsername(String username);

    /** The council: chair, secretary, then members, each by username. */
    List<CouncilMember> findAll();
}
