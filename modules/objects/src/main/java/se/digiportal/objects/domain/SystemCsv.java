package se.digiportal.objects.domain;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an existing system list (CSV, comma- or semicolon-separated, as Excel writes it in Sweden) into new
 * register entries, collecting every error by row and column instead of stopping at the first, so the person
 * importing can fix the whole file at once. Rows are numbered as lines in the file: the header is row 1.
 * Nothing here is saved; the caller saves all or nothing.
 */
public final class SystemCsv {

    public static final List<String> COLUMNS = List.of("name", "description", "object", "orgUnit", "supplier",
            "contractEnd", "lifecycle", "criticality", "disposition", "personalData", "sensitiveData",
            "processorAgreement", "integrations", "businessSpecialist", "itSpecialist");
    static final List<String> REQUIRED = List.of("name", "orgUnit", "lifecycle", "criticality");
    public static final int MAX_ROWS = 2000;

    /** What the import needs to know about the rest of the house: org units by code, objects by name, users. */
    public interface Lookup {
        Optional<Long> orgUnitId(String code);

        Optional<Long> objectId(String name);

        boolean systemExists(String name);

        boolean userExists(String username);
    }

    /** One problem: the file's row (header = 1), the column's name and a bundle key. */
    public record RowError(int row, String column, String messageKey) {
    }

    /** The systems the file describes and what is wrong with it; importable only when {@code errors} is empty. */
    public record Result(List<ItSystem> systems, List<RowError> errors) {
        public boolean importable() {
            return errors.isEmpty() && !systems.isEmpty();
        }
    }

    private SystemCsv() {
    }

    public static Result parse(String text, Lookup lookup) {
        if (text == null || text.isBlank()) {
            return new Result(List.of(), List.of(new RowError(1, "name", "system.import.empty")));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).build();
        List<RowError> errors = new ArrayList<>();
        List<ItSystem> systems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            parser.getHeaderNames().forEach(h -> headers.put(h.trim(), h));
            for (String required : REQUIRED) {
                if (!headers.containsKey(required)) {
                    errors.add(new RowError(1, required, "system.import.column.missing"));
                }
            }
            for (String header : headers.keySet()) {
                if (COLUMNS.stream().noneMatch(c -> c.equalsIgnoreCase(header))) {
                    errors.add(new RowError(1, header, "system.import.column.unknown"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors);
            }
            Set<String> namesInFile = new HashSet<>();
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                if (row - 1 > MAX_ROWS) {
                    errors.add(new RowError(row, "name", "system.import.tooManyRows"));
                    break;
                }
                new RowReader(record, headers, row, lookup, errors, namesInFile).read().ifPresent(systems::add);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way; the line is not reliable then.
            errors.add(new RowError(1, "name", "system.import.malformed"));
        }
        return new Result(errors.isEmpty() ? List.copyOf(systems) : List.of(), List.copyOf(errors));
    }

    private static final class RowReader {
        private final CSVRecord record;
        private final Map<String, String> headers;
        private final int row;
        private final Lookup lookup;
        private final List<RowError> errors;
        private final Set<String> namesInFile;
        private final int errorsBefore;

        RowReader(CSVRecord record, Map<String, String> headers, int row, Lookup lookup, List<RowError> errors,
                  Set<String> namesInFile) {
            this.record = record;
            this.headers = headers;
            this.row = row;
            this.lookup = lookup;
            this.errors = errors;
            this.namesInFile = namesInFile;
            this.errorsBefore = errors.size();
        }

        Optional<ItSystem> read() {
            String name = value("name");
            if (name == null) {
                error("name", "system.import.required");
            } else if (name.length() > ItSystem.NAME_MAX_LENGTH) {
                error("name", "system.import.tooLong");
            } else if (!namesInFile.add(name.toLowerCase(Locale.ROOT))) {
                error("name", "system.import.name.duplicate");
            } else if (lookup.systemExists(name)) {
                error("name", "system.import.name.exists");
            }
            Long orgUnitId = reference("orgUnit", lookup::orgUnitId, true);
            Long objectId = reference("object", lookup::objectId, false);
            Lifecycle lifecycle = enumValue("lifecycle", Lifecycle.class, true);
            Criticality criticality = enumValue("criticality", Criticality.class, true);
            TimeDisposition disposition = enumValue("disposition", TimeDisposition.class, false);
            LocalDate contractEnd = date("contractEnd");
            boolean personal = bool("personalData");
            boolean sensitive = bool("sensitiveData");
            boolean agreement = bool("processorAgreement");
            if (sensitive && !personal) {
                error("sensitiveData", "system.import.sensitiveWithoutPersonal");
            }
            String business = user("businessSpecialist");
            String it = user("itSpecialist");
            if (business != null && business.equals(it)) {
                error("itSpecialist", "system.import.specialists.same");
            }
            String description = value("description");
            if (description != null && description.length() > ItSystem.TEXT_MAX_LENGTH) {
                error("description", "system.import.tooLong");
            }
            String supplier = value("supplier");
            if (supplier != null && supplier.length() > ItSystem.SUPPLIER_MAX_LENGTH) {
                error("supplier", "system.import.tooLong");
            }
            String integrations = value("integrations");
            if (integrations != null && integrations.length() > ItSystem.TEXT_MAX_LENGTH) {
                error("integrations", "system.import.tooLong");
            }
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            ItSystem system = new ItSystem(name, orgUnitId, lifecycle, criticality);
            system.classify(lifecycle, criticality, disposition);
            system.moveTo(orgUnitId, objectId);
            system.describe(description, supplier, contractEnd);
            system.declarePersonalData(personal, sensitive, agreement);
            system.integrateWith(integrations == null ? List.of() : Arrays.asList(integrations.split("[,|]")));
            system.assignSpecialists(business, it);
            return Optional.of(system);
        }

        private String value(String column) {
            String header = headers.get(column);
            if (header == null || !record.isSet(header)) {
                return null;
            }
            String v = record.get(header);
            return v == null || v.isBlank() ? null : v.trim();
        }

        private void error(String column, String key) {
            errors.add(new RowError(row, column, key));
        }

        private Long reference(String column, java.util.function.Function<String, Optional<Long>> find, boolean required) {
            String v = value(column);
            if (v == null) {
                if (required) {
                    error(column, "system.import.required");
                }
                return null;
            }
            Optional<Long> id = find.apply(v);
            if (id.isEmpty()) {
                error(column, "system.import.reference.unknown");
                return null;
            }
            return id.get();
        }

        private <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
            String v = value(column);
            if (v == null) {
                if (required) {
                    error(column, "system.import.required");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, "system.import.value.invalid");
                return null;
            }
        }

        private LocalDate date(String column) {
            String v = value(column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(column, "system.import.date.invalid");
                return null;
            }
        }

        private boolean bool(String column) {
            String v = value(column);
            if (v == null) {
                return false;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "ja", "j", "yes", "y", "true", "1", "x":
                    return true;
                case "nej", "n", "no", "false", "0":
                    return false;
                default:
                    error(column, "system.import.boolean.invalid");
                    return false;
            }
        }

        private String user(String column) {
            String v = value(column);
            if (v != null && !lookup.userExists(v)) {
                error(column, "system.import.user.unknown");
                return null;
            }
            return v;
        }
    }
}
