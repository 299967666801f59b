/**
 * The JAX-RS API under {@code /api}: resources that validate, parse and hand on to one application service;
 * the access filter that makes every resource method state its roles; and the mapping of every failure to an
 * RFC 9457 {@code application/problem+json} body that never carries a stack trace.
 */
package se.digiportal.web.api;
