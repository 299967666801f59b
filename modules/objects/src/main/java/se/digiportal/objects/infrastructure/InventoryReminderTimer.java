package se.digiportal.objects.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import se.digiportal.objects.application.SystemInventory;

/**
 * Wakes the inventory once an hour to send the reminders that are due. Not persistent: a missed run is caught up
 * by the next one, and the round itself records that it has reminded, so reminders go out once even when two
 * nodes run this timer.
 */
@Singleton
public class InventoryReminderTimer {

    @Inject
    SystemInventory inventory;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void remindSilentSystems() {
        inventory.sendDueReminders();
    }
}
