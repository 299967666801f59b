package se.digiportal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import se.digiportal.kernel.api.Correlation;

/** An RFC 9457 problem body: type, title, status, detail, the correlation id, and per-field errors. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private final int status;
    private final String title;
    private String detail;
    private final List<FieldMessage> errors = new ArrayList<>();

    private Problem(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public static Problem of(Response.Status status, String title) {
        return new Problem(status.getStatusCode(), title);
    }

    public static Problem of(int status, String title) {
        return new Problem(status, title);
    }

    public Problem detail(String detail) {
        this.detail = detail;
        return this;
    }

    public Problem field(String field, String message) {
        errors.add(new FieldMessage(field, message));
        return this;
    }

    public Response.ResponseBuilder toResponse() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        String correlationId = Correlation.current();
        if (correlationId != null) {
            body.add("correlationId", correlationId);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status).type(TYPE).entity(body.build().toString());
    }

    public Response build() {
        return toResponse().build();
    }

    record FieldMessage(String field, String message) {
    }
}
