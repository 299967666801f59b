/**
 * Objects, after Nackamodellen: the municipality's IT systems and digital solutions are managed in
 * förvaltningsobjekt. Each object has an objektägare from the business, an objektledarpar (one lead from the
 * business, one from IT) who write the yearly objektplan for the owner to decide, and two systemspecialists per
 * system. The module also holds the system inventory the digitalization unit collects from every system owner.
 */
package se.digiportal.objects;
