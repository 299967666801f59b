package se.digiportal.web.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for a spreadsheet, shared by every export: UTF-8 with a byte-order mark (so Excel reads å, ä, ö), CRLF
 * between records, and every cell that a spreadsheet would take for a formula neutralised.
 */
public final class SpreadsheetCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private SpreadsheetCsv() {
    }

    /** Writes the byte-order mark and returns a printer over {@code out}; the caller closes it. */
    public static CSVPrinter open(Writer out) throws IOException {
        out.write('\uFEFF');
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build());
    }

    /** A cell starting with =, +, -, @, tab or carriage return would run as a formula: prefix an apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
