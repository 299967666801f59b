import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The portfolio feed against a raw read of the same rows: loads 10 000 bench items into the running portal's
 * MariaDB (case numbers DIGI-1900-nnnn and DIGI-1901-nnnn, titles starting "[BENCH]"), then times
 *   - GET /api/v1/portfolio (the full feed) against a JDBC read of the same columns, same order, written as the
 *     same JSON shape with the same library (Jackson with the JavaTimeModule, as the server's provider);
 *   - GET /api/v1/portfolio?page=P&size=100 against the JDBC count plus LIMIT/OFFSET read of that page + JSON.
 * Prints every run, the medians and the ratios. Usage:
 *   java -cp CLASSPATH PortfolioFeedBench.java BASE_URL JDBC_URL USER PASSWORD [runs] [load|keep|clean]
 */
public class PortfolioFeedBench {

    static final int ITEMS = 10_000;
    static final String COLUMNS = "id, case_number, title, service_area_code, org_unit_id, phase, pilot, entered_at, "
            + "entry_path, project_lead, planned_start, planned_end, current_status, current_progress, updated_at";
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** The feed's row, field for field as the API writes it. */
    public record Row(long id, String caseNumber, String title, String serviceAreaCode, long orgUnitId, String phase,
                      boolean pilot, Instant enteredAt, String entryPath, String projectLead, LocalDate plannedStart,
                      LocalDate plannedEnd, String status, Integer progress, Instant updatedAt) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String user = args[2];
        String password = args[3];
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 7;
        String mode = args.length > 5 ? args[5] : "load";
        try (Connection db = DriverManager.getConnection(jdbc, "digiportal", "digiportal")) {
            if (mode.equals("clean") || mode.equals("load")) {
                try (Statement s = db.createStatement()) {
                    int removed = s.executeUpdate("DELETE FROM portfolio_item WHERE case_number LIKE 'DIGI-190_-%'");
                    System.out.println("removed " + removed + " bench items");
                }
                if (mode.equals("clean")) {
                    return;
                }
                load(db);
            }
            long total = count(db);
            System.out.printf("portfolio items: %d (of which bench: %d)%n", total, benchCount(db));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            int page = (int) (total / 100 / 2);
            String pageQuery = "?page=" + page + "&size=100";

            // Warm up both paths (JIT, connection pools, query caches) before timing.
            for (int i = 0; i < 2; i++) {
                feed(http, base, auth, "");
                raw(db, null, 0);
                feed(http, base, auth, pageQuery);
                raw(db, page * 100, 100);
            }
            long[] feedFull = new long[runs];
            long[] rawFull = new long[runs];
            long[] feedPage = new long[runs];
            long[] rawPage = new long[runs];
            long[] authOnly = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                int feedBytes = feed(http, base, auth, "");
                feedFull[i] = System.nanoTime() - t;
                t = System.nanoTime();
                int rawBytes = raw(db, null, 0);
                rawFull[i] = System.nanoTime() - t;
                t = System.nanoTime();
                feed(http, base, auth, pageQuery);
                feedPage[i] = System.nanoTime() - t;
                t = System.nanoTime();
                raw(db, page * 100, 100);
                rawPage[i] = System.nanoTime() - t;
                t = System.nanoTime();
                get(http, base + "/api/v1/me", auth);
                authOnly[i] = System.nanoTime() - t;
                System.out.printf("run %d: full feed %.1f ms (%d bytes), raw %.1f ms (%d bytes); "
                                + "page feed %.1f ms, raw %.1f ms; authenticated GET /api/v1/me %.1f ms%n", i + 1,
                        ms(feedFull[i]), feedBytes, ms(rawFull[i]), rawBytes, ms(feedPage[i]), ms(rawPage[i]),
                        ms(authOnly[i]));
            }
            double fullFeed = median(feedFull);
            double fullRaw = median(rawFull);
            double pageFeed = median(feedPage);
            double pageRaw = median(rawPage);
            System.out.printf("median full feed %.1f ms, raw read + JSON %.1f ms, ratio %.2f%n",
                    fullFeed, fullRaw, fullFeed / fullRaw);
            System.out.printf("median page of 100 %.1f ms, raw read + JSON %.1f ms, ratio %.2f%n",
                    pageFeed, pageRaw, pageFeed / pageRaw);
            double authMs = median(authOnly);
            System.out.printf("median authenticated no-op request (GET /api/v1/me, Basic auth) %.1f ms; "
                    + "without it: full feed ratio %.2f, page ratio %.2f%n", authMs, (fullFeed - authMs) / fullRaw,
                    (pageFeed - authMs) / pageRaw);
            System.out.println(fullFeed <= 2 * fullRaw ? "goal met: full feed within 2x of the raw read"
                    : "goal missed: full feed slower than 2x the raw read");
        }
    }

    static void load(Connection db) throws Exception {
        long t = System.nanoTime();
        List<Long> units = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM kernel_org_unit")) {
            while (r.next()) {
                units.add(r.getLong(1));
            }
        }
        String[] areas = {"PEDAGOGICAL", "SOCIAL", "TECHNICAL", "ADMINISTRATIVE", "IT_INFRASTRUCTURE"};
        String[] phases = {"IDEA", "PLANNED", "IN_PROGRESS", "PAUSED", "DONE", "STOPPED"};
        String[] rag = {null, "GREEN", "AMBER", "RED"};
        String[] leads = {"Petra Lund", "Ahmed Karimi", "Jonas Ek", "Sara Öberg", null};
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO portfolio_item (case_number, title, "
                + "service_area_code, org_unit_id, phase, pilot, entered_at, entry_path, project_lead, planned_start, "
                + "planned_end, current_status, current_progress, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 1; i <= ITEMS; i++) {
                int year = i <= 9999 ? 1900 : 1901;
                int seq = i <= 9999 ? i : i - 9999;
                Instant entered = Instant.parse("2025-01-01T08:00:00Z").plusSeconds(random.nextLong(60L * 86400 * 365));
                LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
                String status = rag[random.nextInt(rag.length)];
                insert.setString(1, String.format("DIGI-%04d-%04d", year, seq));
                insert.setString(2, "[BENCH] Digitaliseringsinitiativ nr " + i + " – e-tjänst och integration för "
                        + "verksamheten");
                insert.setString(3, areas[i % areas.length]);
                insert.setLong(4, units.get(i % units.size()));
                insert.setString(5, phases[i % phases.length]);
                insert.setBoolean(6, i % 4 == 0);
                insert.setTimestamp(7, Timestamp.from(entered));
                insert.setString(8, i % 3 == 0 ? "COUNCIL_APPROVED" : "QUALITY_ASSURED");
                insert.setString(9, leads[i % leads.length]);
                insert.setObject(10, start);
                insert.setObject(11, start.plusMonths(3 + random.nextInt(18)));
                insert.setString(12, status);
                if (status == null) {
                    insert.setNull(13, java.sql.Types.INTEGER);
                } else {
                    insert.setInt(13, random.nextInt(101));
                }
                insert.setTimestamp(14, Timestamp.from(entered.plusSeconds(86400)));
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("loaded %d bench items in %.0f ms%n", ITEMS, ms(System.nanoTime() - t));
    }

    static long count(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM portfolio_item")) {
            r.next();
            return r.getLong(1);
        }
    }

    static long benchCount(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM portfolio_item WHERE case_number LIKE 'DIGI-190_-%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The feed over HTTP, the whole body read; returns its size. */
    static int feed(HttpClient http, String base, String auth, String query) throws Exception {
        return get(http, base + "/api/v1/portfolio" + query, auth);
    }

    static int get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** The same rows read raw (the page's count too, as the feed does) and written as the same JSON. */
    static int raw(Connection db, Integer offset, int limit) throws Exception {
        long total = count(db);
        String sql = "SELECT " + COLUMNS + " FROM portfolio_item ORDER BY case_number, id"
                + (offset == null ? "" : " LIMIT " + limit + " OFFSET " + offset);
        List<Row> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Timestamp entered = r.getTimestamp(8);
                Timestamp updated = r.getTimestamp(15);
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        r.getString(6), r.getBoolean(7), entered.toInstant(), r.getString(9), r.getString(10),
                        r.getObject(11, LocalDate.class), r.getObject(12, LocalDate.class), r.getString(13),
                        (Integer) r.getObject(14), updated.toInstant()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, new Page(rows, total, offset == null ? 0 : offset / limit,
                offset == null ? rows.size() : limit));
        return out.size();
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(sorted[sorted.length / 2]);
    }
}
