package se.digiportal.it.beredning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.digiportal.beredning.api.DecisionBases;
import se.digiportal.beredning.application.DecisionBasisPreparation;
import se.digiportal.beredning.application.PreparationMeetings;
import se.digiportal.beredning.application.Rankings;
import se.digiportal.beredning.application.Views.BookingView;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.application.Views.MeetingDetailView;
import se.digiportal.beredning.application.Views.MeetingView;
import se.digiportal.beredning.application.Views.RankingView;
import se.digiportal.beredning.domain.DecisionBasisContent;
import se.digiportal.beredning.domain.PreparationStatus;
import se.digiportal.beredning.domain.Routing;
import se.digiportal.it.support.Http;
import se.digiportal.it.support.PortalDeployment;
import se.digiportal.it.support.Submissions;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;

/**
 * Beredning's meetings, underlag and ranking on the real server: anna submits a case (client), a beredare routes
 * it to the council, books it on the next meeting, writes and publishes its underlag and ranks it (in the
 * container, as PREPARER), and the client then sees the invitation with its .ics in GreenMail, the steps on
 * anna's timeline and the PDF behind the beredning area. The steps run in order; the client and the container
 * find the case by its unique title.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingsIT {

    private static final String TITLE = "Mötesbokning IT ";
    /** A second case, routed to samråd, whose underlag berit writes in the browser. */
    private static final String DRAFT_TITLE = "Underlagsutkast IT ";
    private static final String COLLEAGUE = "kollega.it@adalen.example";
    private static final String CONTACT = "anna.kontakt@adalen.example";
    private static final String MOVED_TO = "Stadshuset, sal Indalsälven";


    /**
     * A GreenMail server, client side only: started by the first client step (the container has no SMTP port to
     * take). Typed Object because the container loads this class without GreenMail on its classpath.
     */
    private static Object smtp;
    private static String caseNumber;
    private static String draftCaseNumber;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.ear(MeetingsIT.class, AsPreparer.class);
    }

    @Inject
    AsPreparer asPreparer;

    @Inject
    PreparationMeetings meetings;

    @Inject
    DecisionBasisPreparation underlag;

    @Inject
    DecisionBases decisionBases;

    @Inject
    Rankings rankings;

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            ((GreenMail) smtp).stop();
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void annaSubmitsACase() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        smtp = server;
        String body = Submissions.json(TITLE + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = Http.basic("anna", "demo").postJson("/api/v1/initiatives", body,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        caseNumber = Http.json(created).getString("caseNumber");

        HttpResponse<String> second = Http.basic("anna", "demo").postJson("/api/v1/initiatives",
                Submissions.json(DRAFT_TITLE + UUID.randomUUID().toString().substring(0, 8)),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        draftCaseNumber = Http.json(second).getString("caseNumber");
    }

    @Test
    @Order(2)
    void aBeredareBooksTheCaseOnTheNextMeetingOnce() throws Exception {
        String cn = asPreparer.newestCaseTitled(TITLE);
        asPreparer.includeAndRoute(cn, Routing.REFER_TO_COUNCIL);
        asPreparer.includeAndRoute(asPreparer.newestCaseTitled(DRAFT_TITLE), Routing.CONSULTATION);
        MeetingView next = asPreparer.call(() -> meetings.upcoming()).stream()
                .filter(m -> m.startsAt().isAfter(Instant.now())).findFirst().orElseThrow();

        BookingView booking = asPreparer.call(() -> meetings.bookOnNextMeeting(cn, List.of(COLLEAGUE)));

        assertThat(booking.meetingId()).isEqualTo(next.id());
        assertThat(booking.invitees()).containsExactly(CONTACT, COLLEAGUE);
        assertThatThrownBy(() -> asPreparer.call(() -> meetings.book(cn, next.id(), List.of())))
                .isInstanceOf(ConflictException.class).hasMessage("booking.error.alreadyBooked");
        assertThatThrownBy(() -> asPreparer.call(() -> meetings.bookOnNextMeeting(cn, List.of("inte en adress"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("invitees"));
        assertThatThrownBy(() -> meetings.upcoming()).as("only a beredare sees the calendar")
                .isInstanceOf(EJBAccessException.class);

        assertThatThrownBy(() -> asPreparer.call(() -> meetings.schedule(null, 0, " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("startsAt", "duration", "location"));
        Instant later = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        MeetingView planned = asPreparer.call(() -> meetings.schedule(later, 60, "Stadshuset, sal Ljusnan", null));
        asPreparer.call(() -> meetings.book(cn, planned.id(), List.of(COLLEAGUE)));
        MeetingView moved = asPreparer.call(() -> meetings.reschedule(planned.id(), later.plus(1, ChronoUnit.HOURS),
                90, MOVED_TO, "Flyttat en timme"));
        assertThat(moved.endsAt()).isEqualTo(later.plus(150, ChronoUnit.MINUTES));
        assertThat(moved.caseCount()).isEqualTo(1);

        var item = asPreparer.call(() -> meetings.recordNote(booking.agendaItemId(), "Gick igenom behovet."));
        MeetingDetailView detail = asPreparer.call(() -> meetings.meeting(next.id()));
        assertThat(detail.agenda()).filteredOn(i -> i.caseNumber().equals(cn)).singleElement()
                .satisfies(i -> assertThat(i.note()).isEqualTo("Gick igenom behovet."));
        assertThat(item.position()).isEqualTo(booking.position());
    }

    @Test
    @Order(3)
    void publishingRefusesMissingSectionsThenReferTheCase() throws Exception {
        String cn = asPreparer.newestCaseTitled(TITLE);
        asPreparer.call(() -> underlag.save(cn, new DecisionBasisContent("Bakgrund", null, null, null, null, null,
                null, null)));

        assertThatThrownBy(() -> asPreparer.call(() -> underlag.publish(cn)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .contains("need", "costs", "risks", "gdpr", "recommendation", "proposedDecision")
                        .doesNotContain("background", "options"));
        assertThat(asPreparer.status(cn)).isEqualTo(PreparationStatus.UNDERLAG_IN_PREPARATION);

        asPreparer.call(() -> underlag.comment(cn, "Lägg till driftkostnaden."));
        assertThat(asPreparer.call(() -> underlag.comments(cn))).extracting(c -> c.text())
                .containsExactly("Lägg till driftkostnaden.");
        byte[] draftPdf = asPreparer.call(() -> underlag.pdf(cn));
        assertThat(new String(draftPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        asPreparer.call(() -> underlag.save(cn, new DecisionBasisContent("Bakgrund", "Behov", null,
                "650 timmar varav 40 digitalisering", "Leverantörsberoende", "Personuppgifter; DPIA görs",
                "Genomför som pilot", "Digitaliseringsrådet beslutar att genomföra piloten.")));
        DecisionBasisView published = asPreparer.call(() -> underlag.publish(cn));

        assertThat(published.published()).isTrue();
        assertThat(published.editable()).isFalse();
        assertThat(asPreparer.status(cn)).isEqualTo(PreparationStatus.REFERRED);
        assertThatThrownBy(() -> asPreparer.call(() -> underlag.publish(cn))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> asPreparer.call(() -> underlag.save(cn, DecisionBasisContent.empty())))
                .isInstanceOf(ConflictException.class);

        byte[] pdf = asPreparer.call(() -> decisionBases.pdf(published.id()).orElseThrow());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> decisionBases.pdf(published.id())).as("the council's roles or a beredare only")
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    @Order(4)
    @RunAsClient
    void beritMovesACaseInTheRankingWithTheKeyboardButtons() {
        UnderlagInTheBrowser.moveInRanking(caseNumber);
    }

    @Test
    @Order(5)
    void aFrozenRankingRefusesAReorder() throws Exception {
        String cn = asPreparer.newestCaseTitled(TITLE);
        int year = 2100 + (int) (System.nanoTime() % 800);

        RankingView ranking = asPreparer.call(() -> rankings.ranking("SOCIAL", year));
        assertThat(ranking.frozen()).isFalse();
        List<String> order = new ArrayList<>(ranking.cases().stream().map(c -> c.caseNumber()).toList());
        assertThat(order).contains(cn);
        java.util.Collections.reverse(order);
        assertThat(asPreparer.call(() -> rankings.reorder("SOCIAL", year, order)).cases())
                .extracting(c -> c.caseNumber()).containsExactlyElementsOf(order);
        assertThatThrownBy(() -> asPreparer.call(() -> rankings.reorder("SOCIAL", year, List.of(cn, cn))))
                .isInstanceOf(InvalidInputException.class);

        RankingView frozen = asPreparer.call(() -> rankings.freeze("SOCIAL", year));
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.frozenAt()).isNotNull();

        assertThatThrownBy(() -> asPreparer.call(() -> rankings.reorder("SOCIAL", year, order)))
                .isInstanceOf(ConflictException.class).hasMessage("ranking.error.frozen");
        assertThatThrownBy(() -> asPreparer.call(() -> rankings.move("SOCIAL", year, cn, true)))
                .isInstanceOf(ConflictException.class);
        assertThat(asPreparer.call(() -> rankings.ranking("SOCIAL", year)).cases())
                .extracting(c -> c.caseNumber()).containsExactlyElementsOf(order);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theContactAndTheColleagueGetAnInvitationWithACalendarFile() throws Exception {
        MimeMessage invitation = awaitMail("Inbjudan: beredningsgruppens möte", caseNumber);
        assertThat(Arrays.stream(invitation.getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder(CONTACT, COLLEAGUE);
        MimeMultipart parts = (MimeMultipart) invitation.getContent();
        assertThat((String) parts.getBodyPart(0).getContent()).contains(caseNumber);
        BodyPart ics = parts.getBodyPart(1);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getFileName()).isEqualTo("inbjudan.ics");

        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).matches("\\d{8}T\\d{6}Z");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isNotBlank();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains(caseNumber);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).contains(caseNumber);

        // The planned meeting was moved: same UID, a higher SEQUENCE, the new place, to the same people.
        MimeMessage update = awaitMail("Ändrad tid eller plats: beredningsgruppens möte", caseNumber);
        assertThat(Arrays.stream(update.getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder(CONTACT, COLLEAGUE);
        VEvent moved = eventOf(update);
        assertThat(moved.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(MOVED_TO);
        assertThat(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue())).isPositive();
        List<String> invitedUids = new ArrayList<>();
        for (MimeMessage m : ((GreenMail) smtp).getReceivedMessages()) {
            if (m.getSubject().startsWith("Inbjudan: beredningsgruppens möte") && m.getSubject().contains(caseNumber)) {
                invitedUids.add(eventOf(m).getProperty(Property.UID).orElseThrow().getValue());
            }
        }
        assertThat(invitedUids).contains(moved.getProperty(Property.UID).orElseThrow().getValue());
    }

    private static VEvent eventOf(MimeMessage mail) throws Exception {
        BodyPart ics = ((MimeMultipart) mail.getContent()).getBodyPart(1);
        try (InputStream in = ics.getInputStream()) {
            Calendar calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
            return (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        }
    }

    @Test
    @Order(7)
    @RunAsClient
    void annasTimelineShowsTheInvitationAndTheReferral() throws Exception {
        HttpResponse<String> timeline = Http.basic("anna", "demo").get("/api/v1/initiatives/" + caseNumber + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        try (var reader = jakarta.json.Json.createReader(new StringReader(timeline.body()))) {
            assertThat(reader.readArray().getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                    .contains("INVITED_TO_MEETING", "REFERRED_TO_COUNCIL");
        }
    }

    @Test
    @Order(8)
    @RunAsClient
    void theUnderlagPdfIsServedToBeredareOnlyInThePagesAndTheApi() throws Exception {
        HttpResponse<byte[]> pdf = Http.signedIn("berit", "demo").getBytes("/beredning/underlag.pdf?case=" + caseNumber);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Http anna = Http.signedIn("anna", "demo");
        assertThat(anna.getBytes("/beredning/underlag.pdf?case=" + caseNumber).statusCode()).isEqualTo(403);
        for (String page : List.of("/beredning/meetings.xhtml", "/beredning/ranking.xhtml",
                "/beredning/underlag.xhtml?case=" + caseNumber)) {
            assertThat(anna.get(page).statusCode()).as(page).isEqualTo(403);
        }

        String api = "/api/v1/beredning/cases/" + caseNumber + "/underlag.pdf";
        HttpResponse<byte[]> viaApi = Http.basic("berit", "demo").getBytes(api);
        assertThat(viaApi.statusCode()).isEqualTo(200);
        assertThat(new String(viaApi.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Http.basic("anna", "demo").getBytes(api).statusCode()).isEqualTo(403);
        assertThat(Http.anonymous().getBytes(api).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(9)
    @RunAsClient
    void beritWritesAndPublishesTheUnderlagOfASamradCaseInTheWorkbenchSection() throws Exception {
        UnderlagInTheBrowser.writeAndPublish(draftCaseNumber);
        HttpResponse<String> timeline = Http.basic("anna", "demo")
                .get("/api/v1/initiatives/" + draftCaseNumber + "/timeline");
        try (var reader = jakarta.json.Json.createReader(new StringReader(timeline.body()))) {
            assertThat(reader.readArray().getValuesAs(JsonObject.class)).extracting(e -> e.getString("kind"))
                    .contains("CONSULTATION_REQUESTED").doesNotContain("REFERRED_TO_COUNCIL");
        }
    }

    private static MimeMessage awaitMail(String subjectPrefix, String containing) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : ((GreenMail) smtp).getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().startsWith(subjectPrefix)
                        && m.getSubject().contains(containing)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subjectPrefix + "' about " + containing);
    }
}
