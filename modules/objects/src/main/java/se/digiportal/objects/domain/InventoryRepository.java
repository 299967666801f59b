package se.digiportal.objects.domain;

import java.util.List;
import java.util.Optional;

public interface InventoryRepository {

    Optional<InventoryRound> findRound(long id);

    /** Newest first. */
    List<InventoryRound> findRounds();

    List<InventoryRound> findOpenRounds();

    List<InventoryTask> findTasks(long roundId);

    Optional<InventoryTask> findTask(long id);

    /** Tasks of open rounds addressed to the user. */
    List<InventoryTask> findOpenTasksOf(String username);

    void save(InventoryRound round);

    void save(InventoryTask task);
}
