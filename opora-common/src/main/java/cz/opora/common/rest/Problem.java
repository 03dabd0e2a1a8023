package cz.opora.common.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error answer. It never carries stack traces, SQL or personal
 * data: {@code detail} is written by Opora's code, and {@code errors} names fields, not their values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://opora.cz/problems/";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String slug, String detail) {
        return new Problem(TYPE_BASE + slug, status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null);
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                errors.size() == 1 ? "The field '" + errors.get(0).field() + "' is invalid."
                        : errors.size() + " fields are invalid.", errors);
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
