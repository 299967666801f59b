/**
 * Kernel plumbing: JPA repositories, schema migration with Flyway at deployment, the clock producer, password
 * hashing with Elytron's bcrypt, and sending mail over the server's mail session.
 */
package se.digiportal.kernel.infrastructure;
