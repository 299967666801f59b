/**
 * The yearly prioritization (seed 002, 003): weighted criteria, each candidate's assessment, the exact
 * budget-constrained selection with its frontier, and saved scenarios of which one becomes the year's decision.
 */
package se.digiportal.portfolio.domain.priority;
