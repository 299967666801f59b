/**
 * Council, the digitaliseringsråd: its meetings with an agenda of the cases the beredningsgrupp refers to it, a
 * decision per case and the minutes, and the consultation (samråd) that IT procurement requires, held either in a
 * council meeting or fully digitally between meetings as a snabbsamråd.
 */
package se.digiportal.council;
