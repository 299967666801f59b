/**
 * Portfolio, the digitaliseringsportfölj: every case that has been quality-assured by the beredningsgrupp (and,
 * where needed, decided by the council) becomes an item here, is resourced in the IT-projektkontor, and is
 * followed over time through its phases, pilots first, with its benefits and the yearly priorities. The project
 * office reads the portfolio through feeds.
 */
package se.digiportal.portfolio;
