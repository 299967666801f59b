/**
 * Beredning, the preparation step: the beredningsgrupp quality-assures each submitted case, gives its
 * recommendations back to the initiating verksamhet, goes through the case with the submitter at its next meeting,
 * follows up with one reminder before parking a silent case, and decides which cases go to the digitaliseringsråd,
 * compiling the decision basis for them. The initiating verksamhet keeps ownership of the initiative throughout.
 */
package se.digiportal.beredning;
