package se.digiportal.objects.domain;

/** A system's answer in an inventory round: not yet (PENDING), the register is right, or it was corrected. */
public enum InventoryAnswer {
    PENDING, CONFIRMED, CORRECTED
}
