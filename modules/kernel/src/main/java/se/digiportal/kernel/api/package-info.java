/**
 * Kernel types every module and the web layer share: roles, case numbers and the small value types that
 * cross module boundaries.
 */
package se.digiportal.kernel.api;
