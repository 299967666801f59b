/**
 * The shared kernel of Digitaliseringsportalen: the municipality's organisation (förvaltningar and their
 * verksamheter/enheter), the service areas (tjänsteområden), people with their roles, case numbers, the
 * append-only audit trail, the injectable clock, settings, mail and the i18n bundles. It knows nothing of
 * initiatives, councils or objects; every business module may depend on it, it depends on none of them.
 */
package se.digiportal.kernel;
