package se.digiportal.web.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(SpreadsheetCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCsv.safe("+46 8 123")).isEqualTo("'+46 8 123");
        assertThat(SpreadsheetCsv.safe("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.safe("Mobil dokumentation")).isEqualTo("Mobil dokumentation");
        assertThat(SpreadsheetCsv.safe(null)).isNull();
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_ends_records_with_crlf() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = SpreadsheetCsv.open(out)) {
            csv.printRecord("Diarienummer", "Rubrik");
            csv.printRecord("DIGI-2026-0001", "Åtgärd, ärende");
        }

        assertThat(out.toString()).isEqualTo("\uFEFFDiarienummer,Rubrik\r\nDIGI-2026-0001,\"Åtgärd, ärende\"\r\n");
    }
}
