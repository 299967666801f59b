/**
 * The initiative and its rules in plain Java: what a draft must contain, that it is submitted once and then
 * carries its case number, and the repository interface the infrastructure implements.
 */
package se.digiportal.intake.domain;
