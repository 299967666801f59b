package se.digiportal.intake.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import se.digiportal.intake.application.ReceiptDocument;
import se.digiportal.intake.application.Views.CriterionView;
import se.digiportal.intake.application.Views.InitiativeView;

/** The PDF receipt with OpenPDF; Helvetica's Windows-1252 encoding covers Swedish letters. */
@ApplicationScoped
public class OpenPdfReceiptDocument implements ReceiptDocument {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);

    @Override
    public byte[] render(InitiativeView i, String serviceAreaName, String orgUnitName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Kvittens " + i.caseNumber());
            document.open();
            document.add(new Paragraph("Kvittens – digitaliseringsinitiativ", TITLE));
            document.add(new Paragraph("Diarienummer: " + i.caseNumber(), HEADING));
            document.add(new Paragraph("Inkommet: " + SWEDISH_TIME.format(Instant.parse(i.submittedAt()))
                    + " (svensk tid)", TEXT));
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
            table.setWidthPercentage(100);
            row(table, "Rubrik", i.title());
            row(table, "Behov eller problem", i.need());
            row(table, "Föreslagen lösning", i.proposedSolution());
            row(table, "Förväntad nytta", i.expectedBenefits());
            row(table, "För vem", String.join(", ", i.beneficiaries().stream().map(OpenPdfReceiptDocument::who).toList()));
            row(table, "Tjänsteområde", serviceAreaName);
            row(table, "Initierande verksamhet", orgUnitName);
            row(table, "Kontaktperson", join(i.contact().name(), i.contact().email(), i.contact().phone()));
            row(table, "Ansvarig direktör", i.responsibleDirector());
            row(table, "Andra verksamheter", String.join(", ", i.affectedOrgUnits()));
            row(table, "Timmar totalt", text(i.estimatedTotalHours()));
            row(table, "Kommungemensamma resurser", hours(i.sharedResourceHours()));
            row(table, "Finansiering", (yes(i.financingClear(), "Klar", "Oklar") + " " + text(i.financingSource())).trim());
            row(table, "Nytt IT-stöd", yes(i.newItSupport(), "Ja", "Nej"));
            row(table, "Nya integrationer", (yes(i.newIntegrations(), "Ja", "Nej") + " " + text(i.integrationsWith())).trim());
            row(table, "Extern behandling", (yes(i.externalProcessing(), "Ja", "Nej") + " " + text(i.externalParty())).trim());
            row(table, "Pilot", yes(i.pilot(), "Ja", "Nej"));
            row(table, "Önskad start", i.desiredStart());
            document.add(table);

            document.add(new Paragraph(" "));
            document.add(new Paragraph("Uppfyllda kriterier", HEADING));
            List<CriterionView> criteria = i.criteria();
            if (criteria.isEmpty()) {
                document.add(new Paragraph("Inget av kriterierna är uppfyllt.", TEXT));
            }
            for (CriterionView c : criteria) {
                document.add(new Paragraph("• " + c.explanation(), TEXT));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("receipt PDF for " + i.caseNumber() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Paragraph(label, LABEL));
        PdfPCell v = new PdfPCell(new Paragraph(value == null ? "" : value, TEXT));
        l.setPadding(4);
        v.setPadding(4);
        table.addCell(l);
        table.addCell(v);
    }

    private static String who(String code) {
        return switch (code) {
            case "CITIZENS" -> "Invånare";
            case "EMPLOYEES" -> "Medarbetare";
            case "BUSINESSES" -> "Företag";
            default -> code;
        };
    }

    private static String hours(Map<String, Integer> hours) {
        StringBuilder s = new StringBuilder();
        Map<String, String> names = Map.of("DIGITALISATION", "Digitalisering", "LEGAL", "Juridik",
                "PROCUREMENT", "Inköp", "OTHER", "Annat");
        hours.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(names.getOrDefault(k, k)).append(": ")
                .append(v).append(" h"));
        return s.toString();
    }

    private static String yes(Boolean value, String yes, String no) {
        return value == null ? "" : value ? yes : no;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
