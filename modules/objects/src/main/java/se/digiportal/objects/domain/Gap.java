package se.digiportal.objects.domain;

/**
 * Something an object lacks before its objektplan can be submitted: a vacant object role ({@code system} is
 * null) or a vacant specialist role of one of its systems. {@code role} is an {@link ObjectRole} or
 * {@link SystemRole} name, so one list can be shown and translated as it is.
 */
public record Gap(String role, String system) {
}
