package se.digiportal.council.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.digiportal.council.application.MinutesDocument;
import se.digiportal.council.application.Views.CouncilMeetingView;
import se.digiportal.council.application.Views.MinutesView;

/** The minutes as PDF with OpenPDF, as beredning's underlag (Helvetica's Windows-1252 covers Swedish letters). */
@ApplicationScoped
public class OpenPdfMinutesDocument implements MinutesDocument {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    @Override
    public byte[] render(MinutesView m, CouncilMeetingView meeting, String title) {
        boolean adjusted = "ADJUSTED".equals(m.status());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Protokoll digitaliseringsrådet " + time(meeting.startsAt()));
            document.open();
            document.add(new Paragraph((adjusted ? "" : "UTKAST – ") + title, TITLE));
            document.add(new Paragraph("Sammanträde " + time(meeting.startsAt()) + ", " + meeting.location(), TEXT));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Närvarande", HEADING));
            document.add(new Paragraph(m.present(), TEXT));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(m.body(), TEXT));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(adjusted
                    ? "Justerat " + time(m.adjustedAt()) + " av " + m.adjuster()
                    : "Ej justerat. Justerare: " + m.adjuster(), HEADING));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("minutes PDF for meeting " + m.meetingId() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String time(Instant at) {
        return at == null ? "–" : SWEDISH_TIME.format(at);
    }
}
