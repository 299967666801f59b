package se.digiportal.intake.application;

import se.digiportal.intake.application.Views.InitiativeView;

/** Renders the receipt of a submitted case (the whole case as sent) as a PDF; infrastructure implements it. */
public interface ReceiptDocument {

    /**
     * @param serviceAreaName the tjänsteområde's name in Swedish
     * @param orgUnitName the initiating verksamhet's name
     */
    byte[] render(InitiativeView initiative, String serviceAreaName, String orgUnitName);
}
