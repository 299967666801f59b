/**
 * PDF documents served to signed-in users from pages (receipts, underlag, minutes): one servlet base that maps a
 * missing document to 404 and a refused caller to 403, never to a stack trace.
 */
package se.digiportal.web.pdf;
