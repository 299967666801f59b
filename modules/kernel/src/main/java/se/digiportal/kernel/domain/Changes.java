package se.digiportal.kernel.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The field-level difference an audited action made: only fields whose value changed are kept, in name order.
 * Built from two snapshots ({@link #between}); stored as a JSON array.
 */
public final class Changes {

    private static final Changes NONE = new Changes(List.of());
    private final List<FieldChange> fields;

    private Changes(List<FieldChange> fields) {
        this.fields = Collections.unmodifiableList(fields);
    }

    public static Changes none() {
        return NONE;
    }

    /** Compares two snapshots (field → value, either may be empty for create/delete). */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String name : names) {
            String b = text(before.get(name));
            String a = text(after.get(name));
            if (!Objects.equals(b, a)) {
                changed.add(new FieldChange(name, b, a));
            }
        }
        return new Changes(changed);
    }

    /** A snapshot-free change of one field, e.g. "password" with values hidden. */
    public static Changes of(String field, Object before, Object after) {
        return new Changes(List.of(new FieldChange(field, text(before), text(after))));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    public List<FieldChange> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public String toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange c : fields) {
            var o = Json.createObjectBuilder().add("field", c.field());
            if (c.before() == null) { o.addNull("before"); } else { o.add("before", c.before()); }
            if (c.after() == null) { o.addNull("after"); } else { o.add("after", c.after()); }
            array.add(o);
        }
        return array.build().toString();
    }

    public static Changes fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<FieldChange> list = new ArrayList<>();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                list.add(new FieldChange(o.getString("field"), string(o.get("before")), string(o.get("after"))));
            }
            return new Changes(list);
        }
    }

    private static String string(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : null;
    }
}
