package se.digiportal.web.beredning;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVPrinter;
import se.digiportal.beredning.application.Views.QueueRow;
import se.digiportal.web.csv.SpreadsheetCsv;
import se.digiportal.web.faces.FacesMessages;

/** The beredning queue as CSV for a spreadsheet ({@link SpreadsheetCsv}), headers in the reader's language. */
public final class QueueCsv {

    public static final String MEDIA_TYPE = SpreadsheetCsv.MEDIA_TYPE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private QueueCsv() {
    }

    /**
     * @param forvaltning names a förvaltning by id
     * @param serviceArea names a tjänsteområde by code
     */
    public static void write(List<QueueRow> rows, Locale locale, LongFunction<String> forvaltning,
                             UnaryOperator<String> serviceArea, Writer out) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(FacesMessages.BUNDLE, locale);
        try (CSVPrinter csv = SpreadsheetCsv.open(out)) {
            csv.printRecord(List.of("beredning.col.caseNumber", "beredning.col.title", "beredning.col.status",
                    "beredning.col.serviceArea", "beredning.col.forvaltning", "beredning.col.submittedAt",
                    "beredning.col.assignee", "beredning.col.criteria", "beredning.col.checklist",
                    "beredning.overdue").stream().map(text::getString).toList());
            for (QueueRow r : rows) {
                csv.printRecord(safe(r.caseNumber()), safe(r.title()), safe(text.getString("beredningStatus." + r.status())),
                        safe(serviceArea.apply(r.serviceAreaCode())), safe(forvaltning.apply(r.forvaltningId())),
                        DATE.format(r.submittedAt()), safe(r.assigneeName()), r.criteria().size(),
                        r.checklistAnswered() + "/" + r.checklistItems(), r.overdue() ? "x" : "");
            }
        }
    }

    private static String safe(String value) {
        return SpreadsheetCsv.safe(value);
    }
}
