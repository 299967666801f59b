package se.digiportal.council.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.council.application.Views.CorrectionView;
import se.digiportal.council.application.Views.MinutesView;
import se.digiportal.council.domain.CouncilMeeting;
import se.digiportal.council.domain.CouncilMeetingRepository;
import se.digiportal.council.domain.Minutes;
import se.digiportal.council.domain.MinutesCorrection;
import se.digiportal.council.domain.MinutesCorrectionRepository;
import se.digiportal.council.domain.MinutesRepository;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.CurrentUserService;
import se.digiportal.kernel.application.Directory;
import se.digiportal.kernel.domain.Changes;

/**
 * Corrections (rättelser) of adjusted minutes. Adjusted minutes never change, so a correction is a new document
 * that names the minutes it corrects, drafted by the secretary and adjusted by a named council member; the
 * minutes' PDF lists their adjusted corrections, and each correction has its own PDF.
 */
@Stateless
@RolesAllowed({Role.Names.COUNCIL_MEMBER, Role.Names.COUNCIL_SECRETARY})
public class MinutesCorrections {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    MinutesRepository minutes;

    @Inject
    MinutesCorrectionRepository corrections;

    @Inject
    CouncilMeetingRepository meetings;

    @Inject
    MinutesDocument document;

    @Inject
    Directory directory;

    @Inject
    CurrentUserService currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The corrections of the meeting's minutes, oldest first (none when there are no minutes). */
    public List<CorrectionView> corrections(long meetingId) {
        return minutes.findByMeeting(meetingId).map(m -> corrections.findByMinutes(m.id()).stream()
                .map(c -> view(c, meetingId)).toList()).orElse(List.of());
    }

    public CorrectionView correction(long meetingId, long correctionId) {
        return view(find(meetingId, correctionId), meetingId);
    }

    /**
     * Drafts a correction of the meeting's adjusted minutes.
     *
     * @throws InvalidInputException {@code body} blank or too long, {@code adjuster} not a council member
     * @throws ConflictException     the minutes are not adjusted yet (a draft is edited instead)
     * @throws NotFoundException     the meeting has no minutes
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public CorrectionView draft(long meetingId, String body, String adjuster) {
        Minutes corrected = minutes.findByMeeting(meetingId)
                .orElseThrow(() -> new NotFoundException("minutes of council meeting " + meetingId));
        if (!corrected.adjusted()) {
            throw new ConflictException("council.error.correctionOfDraft");
        }
        validate(body, adjuster);
        MinutesCorrection c = corrections.save(new MinutesCorrection(corrected, body, adjuster.trim(),
                currentUser.username(), clock.instant()));
        audit.record(MinutesCorrection.AUDIT_TYPE, c.id(), "CORRECTION_DRAFTED", Changes.between(Map.of(), snapshot(c)));
        audit.record(Minutes.AUDIT_TYPE, corrected.id(), "CORRECTION_LINKED", Changes.between(Map.of(),
                Map.of("correctionId", c.id())));
        return view(c, meetingId);
    }

    /**
     * Edits a draft correction.
     *
     * @throws InvalidInputException {@code body} or {@code adjuster} wrong
     * @throws ConflictException     the correction is adjusted
     */
    @RolesAllowed(Role.Names.COUNCIL_SECRETARY)
    public CorrectionView edit(long meetingId, long correctionId, String body, String adjuster) {
        MinutesCorrection c = find(meetingId, correctionId);
        if (c.adjusted()) {
            throw new ConflictException("council.error.correctionAdjusted");
        }
        validate(body, adjuster);
        Map<String, Object> before = snapshot(c);
        c.edit(body, adjuster.trim());
        audit.record(MinutesCorrection.AUDIT_TYPE, c.id(), "CORRECTION_EDITED", Changes.between(before, snapshot(c)));
        return view(corrections.save(c), meetingId);
    }

    /**
     * The named adjuster adjusts the correction: it is locked from now on.
     *
     * @throws ConflictException already adjusted, or the caller is not the named adjuster
     */
    public CorrectionView adjust(long meetingId, long correctionId) {
        MinutesCorrection c = find(meetingId, correctionId);
        if (c.adjusted()) {
            throw new ConflictException("council.error.correctionAdjusted");
        }
        String caller = currentUser.username();
        if (!c.adjuster().equals(caller)) {
            throw new ConflictException("council.error.notAdjuster");
        }
        Map<String, Object> before = snapshot(c);
        c.adjust(caller, clock.instant());
        audit.record(MinutesCorrection.AUDIT_TYPE, c.id(), "CORRECTION_ADJUSTED", Changes.between(before, snapshot(c)));
        return view(c, meetingId);
    }

    /** The correction as PDF, naming the minutes it corrects; a draft is marked as one. */
    public byte[] pdf(long meetingId, long correctionId) {
        MinutesCorrection c = find(meetingId, correctionId);
        Minutes corrected = minutes.findById(c.minutesId()).orElseThrow();
        CouncilMeeting meeting = meetings.findById(meetingId).orElseThrow();
        String body = "Rättelse nr " + c.id() + " av protokoll nr " + corrected.id() + " (justerat "
                + DAY_TIME.format(corrected.adjustedAt()) + " av " + corrected.adjuster() + ").\n\n" + c.body();
        return document.render(new MinutesView(c.id(), meetingId, corrected.present(), body, c.adjuster(),
                c.status().name(), c.draftedBy(), c.draftedAt(), c.adjustedAt()), Mapping.meeting(meeting),
                "Rättelse av protokoll, digitaliseringsrådet");
    }

    private void validate(String body, String adjuster) {
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        if (body == null || body.isBlank() || body.length() > Minutes.BODY_MAX_LENGTH) {
            errors.add(new InvalidInputException.FieldError("body", "council.error.minutes.body"));
        }
        if (adjuster == null || directory.withRole(Role.COUNCIL_MEMBER).stream()
                .noneMatch(p -> p.username().equals(adjuster.trim()))) {
            errors.add(new InvalidInputException.FieldError("adjuster", "council.error.minutes.adjuster"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private MinutesCorrection find(long meetingId, long correctionId) {
        Minutes m = minutes.findByMeeting(meetingId)
                .orElseThrow(() -> new NotFoundException("minutes of council meeting " + meetingId));
        return corrections.findById(correctionId).filter(c -> c.minutesId() == m.id())
                .orElseThrow(() -> new NotFoundException("correction " + correctionId + " of meeting " + meetingId));
    }

    private static Map<String, Object> snapshot(MinutesCorrection c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("correctsMinutesId", c.minutesId());
        s.put("status", c.status());
        s.put("adjuster", c.adjuster());
        s.put("bodyLength", c.body().length());
        return s;
    }

    private static CorrectionView view(MinutesCorrection c, long meetingId) {
        return new CorrectionView(c.id(), c.minutesId(), meetingId, c.body(), c.adjuster(), c.status().name(),
                c.draftedBy(), c.draftedAt(), c.adjustedAt(),
                "/api/v1/council/meetings/" + meetingId + "/minutes/corrections/" + c.id() + ".pdf");
    }
}
