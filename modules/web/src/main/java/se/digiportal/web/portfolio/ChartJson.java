package se.digiportal.web.portfolio;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for PrimeFaces' {@code p:chart}, which takes the configuration as JSON. */
final class ChartJson {

    /** The portal's palette, each colour at least 3:1 against white (WCAG 1.4.11 for graphics). */
    static final List<String> COLOURS = List.of("#1f5f99", "#b3261e", "#2e7d32", "#8a5300", "#6a1b9a", "#00695c",
            "#ad1457", "#455a64");

    private ChartJson() {
    }

    /** Bars of counts or amounts per label, one dataset per entry of {@code series}. */
    static String bar(List<String> labels, Map<String, List<? extends Number>> series, String yTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (var s : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.getValue().forEach(n -> data.add(n.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS.get(i++ % COLOURS.size())));
        }
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", datasets))
                .add("options", options(null, yTitle)).build().toString();
    }

    /** A point of a line, scatter or bubble dataset. */
    record Point(double x, double y, double r, String label) {
    }

    /** One dataset of points: {@code kind} is line, scatter or bubble. */
    record Series(String label, String kind, List<Point> points, boolean stepped) {
    }

    static String points(List<Series> series, String xTitle, String yTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        String type = "scatter";
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Point p : s.points()) {
                JsonObjectBuilder point = Json.createObjectBuilder().add("x", p.x()).add("y", p.y());
                if ("bubble".equals(s.kind())) {
                    point.add("r", p.r());
                    type = "bubble";
                }
                if (p.label() != null) {
                    point.add("label", p.label());
                }
                data.add(point);
            }
            String colour = COLOURS.get(i++ % COLOURS.size());
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("type", s.kind())
                    .add("data", data).add("borderColor", colour).add("backgroundColor", colour + "99");
            if (s.stepped()) {
                set.add("stepped", "before").add("fill", false);
            }
            datasets.add(set);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options(xTitle, yTitle)).build().toString();
    }

    private static JsonObject options(String xTitle, String yTitle) {
        JsonObjectBuilder scales = Json.createObjectBuilder();
        if (xTitle != null) {
            scales.add("x", Json.createObjectBuilder().add("type", "linear")
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", xTitle)));
        }
        scales.add("y", Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle)));
        return Json.createObjectBuilder().add("responsive", true).add("animation", false).add("scales", scales)
                .build();
    }
}
