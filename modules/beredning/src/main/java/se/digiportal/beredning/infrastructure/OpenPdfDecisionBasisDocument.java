package se.digiportal.beredning.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import se.digiportal.beredning.application.DecisionBasisDocument;
import se.digiportal.beredning.application.Views.DecisionBasisView;
import se.digiportal.beredning.domain.Routing;

/**
 * The underlag as PDF with OpenPDF (Helvetica's Windows-1252 covers Swedish letters). A draft carries
 * "UTKAST" across every page, so a printed draft is never mistaken for what the council decides on.
 */
@ApplicationScoped
public class OpenPdfDecisionBasisDocument implements DecisionBasisDocument {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font MISSING = new Font(Font.HELVETICA, 10, Font.ITALIC, Color.GRAY);

    /** Section headings in reading order (the field names are the form's). */
    static final Map<String, String> HEADINGS = Map.of(
            "background", "Bakgrund",
            "need", "Behov",
            "options", "Alternativ",
            "costs", "Kostnader och resurser",
            "risks", "Risker",
            "gdpr", "Dataskydd (GDPR) och informationssäkerhet",
            "recommendation", "Beredningsgruppens rekommendation",
            "proposedDecision", "Förslag till beslut");

    @Override
    public byte[] render(DecisionBasisView u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            if (!u.published()) {
                writer.setPageEvent(new DraftWatermark());
            }
            document.addTitle("Beslutsunderlag " + u.caseNumber());
            document.open();
            document.add(new Paragraph((u.published() ? "" : "UTKAST – ") + "Beslutsunderlag", TITLE));
            document.add(new Paragraph(u.title() == null ? "" : u.title(), HEADING));
            document.add(new Paragraph("Diarienummer: " + u.caseNumber(), TEXT));
            document.add(new Paragraph("Till: " + (u.routing() == Routing.CONSULTATION
                    ? "digitaliseringsrådet för samråd om IT-upphandling" : "digitaliseringsrådet för beslut"), TEXT));
            document.add(new Paragraph(u.published()
                    ? "Publicerat " + time(u.publishedAt()) + " av " + u.publishedBy()
                    : "Utkast, senast sparat " + time(u.updatedAt()) + (u.updatedBy() == null ? "" : " av " + u.updatedBy()),
                    TEXT));
            for (Map.Entry<String, String> section : u.content().sections().entrySet()) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(HEADINGS.get(section.getKey()), HEADING));
                document.add(section.getValue() == null ? new Paragraph("(ej ifyllt)", MISSING)
                        : new Paragraph(section.getValue(), TEXT));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("underlag PDF for " + u.caseNumber() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String time(Instant at) {
        return at == null ? "–" : SWEDISH_TIME.format(at) + " (svensk tid)";
    }

    /** Big light-grey "UTKAST" diagonally under the text of every page. */
    private static final class DraftWatermark extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            try {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState state = new PdfGState();
                state.setFillOpacity(0.25f);
                under.setGState(state);
                Font font = new Font(BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false), 96,
                        Font.BOLD, Color.LIGHT_GRAY);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new com.lowagie.text.Phrase("UTKAST", font),
                        PageSize.A4.getWidth() / 2, PageSize.A4.getHeight() / 2, 45);
                under.restoreState();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
