/**
 * The web edge of the portal: PrimeFaces pages and their backing beans (a package per module), the layout,
 * security filters, and the JAX-RS API under {@code /api}. Beans and resources only translate: each calls one
 * application service and maps its result; no query, rule or transaction lives here.
 */
package se.digiportal.web;
