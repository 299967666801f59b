import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submit throughput and latency of POST /api/v1/initiatives with N concurrent clients against a running portal,
 * then proof that every 201 is a stored case (read back through the API) and that the case numbers are
 * distinct and gapless. Run: java SubmitBench.java [baseUrl] [clients] [requests] [user] [password]
 */
public class SubmitBench {

    private static final Pattern CASE = Pattern.compile("\"caseNumber\"\\s*:\\s*\"(DIGI-\\d{4}-\\d{4})\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String user = args.length > 3 ? args[3] : "anna";
        String password = args.length > 4 ? args[4] : "demo";
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(clients)).build();

        // Warm-up: the first requests pay for class loading and connection set-up.
        for (int i = 0; i < 10; i++) {
            submit(http, base, auth, "uppvärmning " + i);
        }

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = submit(http, base, auth, "mätning " + n);
                latencies.add(System.nanoTime() - t0);
                statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                Matcher m = CASE.matcher(r.body());
                if (r.statusCode() == 201 && m.find()) {
                    created.add(m.group(1));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        int stored = 0;
        for (String caseNumber : created) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/initiatives/" + caseNumber))
                    .header("Authorization", auth).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                stored++;
            }
        }
        TreeSet<Integer> sequences = new TreeSet<>();
        created.forEach(c -> sequences.add(Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);

        System.out.printf("clients %d, requests %d, wall %.2f s, throughput %.1f submits/s%n", clients, requests,
                seconds, requests / seconds);
        System.out.printf("latency ms: p50 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
        System.out.println("statuses: " + statuses);
        System.out.printf("201s %d, found stored %d, distinct case numbers %d, gapless %b%n", created.size(), stored,
                sequences.size(), sequences.isEmpty() || sequences.last() - sequences.first() + 1 == sequences.size());
        System.exit(stored == created.size() && sequences.size() == created.size() ? 0 : 1);
    }

    private static HttpResponse<String> submit(HttpClient http, String base, String auth, String tag) throws Exception {
        String body = """
                {"title":"Benchmark %s","need":"Mäter inlämningens genomströmning.","proposedSolution":"Ingen.",
                 "expectedBenefits":"Siffror.","beneficiaries":["EMPLOYEES"],"serviceArea":"ADMINISTRATIVE",
                 "responsibleDirector":"Benchmark","estimatedTotalHours":10,"financingClear":true,
                 "financingSource":"Ingen","newItSupport":false,"newIntegrations":false,"externalProcessing":false}"""
                .formatted(tag);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/initiatives"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
