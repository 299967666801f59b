/** Overlaps between portfolio items and open cases, found in plain Java from what other modules publish. */
package se.digiportal.portfolio.domain.synergy;
