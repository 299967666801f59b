package se.digiportal.web.portfolio;

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
import se.digiportal.portfolio.application.Views.PortfolioItemView;
import se.digiportal.web.csv.SpreadsheetCsv;
import se.digiportal.web.faces.FacesMessages;

/** The portfolio as CSV for a spreadsheet ({@link SpreadsheetCsv}), headers and words in the reader's language. */
public final class PortfolioCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private PortfolioCsv() {
    }

    /**
     * @param orgUnit     names a verksamhet by id
     * @param serviceArea names a tjänsteområde by code
     */
    public static void write(List<PortfolioItemView> rows, Locale locale, LongFunction<String> orgUnit,
                             UnaryOperator<String> serviceArea, Writer out) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(FacesMessages.BUNDLE, locale);
        try (CSVPrinter csv = SpreadsheetCsv.open(out)) {
            csv.printRecord(List.of("col.caseNumber", "col.title", "col.serviceArea", "portfolio.col.orgUnit",
                    "col.phase", "col.pilot", "portfolio.col.status", "portfolio.col.progress",
                    "portfolio.col.projectLead", "portfolio.col.plannedStart", "portfolio.col.plannedEnd",
                    "col.enteredAt", "portfolio.col.updatedAt").stream().map(text::getString).toList());
            for (PortfolioItemView r : rows) {
                csv.printRecord(safe(r.caseNumber()), safe(r.title()), safe(serviceArea.apply(r.serviceAreaCode())),
                        safe(orgUnit.apply(r.orgUnitId())), text.getString("phase." + r.phase()),
                        text.getString(r.pilot() ? "yes" : "no"),
                        r.status() == null ? "" : text.getString("portfolio.rag." + r.status()),
                        r.progress() == null ? "" : r.progress(), safe(r.projectLead()),
                        r.plannedStart() == null ? "" : r.plannedStart(), r.plannedEnd() == null ? "" : r.plannedEnd(),
                        TIME.format(r.enteredAt()), TIME.format(r.updatedAt()));
            }
        }
    }

    private static String safe(String value) {
        return SpreadsheetCsv.safe(value);
    }
}
