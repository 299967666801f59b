/** Administration pages (ADMIN): org units, users and roles, service areas, settings, the audit trail. */
package se.digiportal.web.admin;
