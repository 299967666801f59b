package se.digiportal.beredning.domain;

import java.util.List;
import java.util.Optional;

/** The configured checklist and the answers given per case. */
public interface ChecklistRepository {

    /** The active points, in order. */
    List<ChecklistItem> activeItems();

    List<ChecklistAnswer> answers(long caseId);

    Optional<ChecklistAnswer> answer(long caseId, String itemCode);

    ChecklistAnswer save(ChecklistAnswer answer);

    /** Every point, retired ones too, in order. */
    List<ChecklistItem> allItems();

    Optional<ChecklistItem> item(String code);

    ChecklistItem save(ChecklistItem item);
}
