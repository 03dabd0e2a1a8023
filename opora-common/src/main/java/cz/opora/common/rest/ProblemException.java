package cz.opora.common.rest;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Thrown by Opora's code to answer with a specific problem; mapped to its status and body as is. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.getTitle() + ": " + problem.getDetail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "not-found", what + " was not found."));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(List.of(new FieldError(field, message))));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, slug, detail));
    }

    public Problem problem() {
        return problem;
    }

    public Response toResponse() {
        Response.ResponseBuilder builder = Response.status(problem.getStatus()).type(Problem.MEDIA).entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }
}
