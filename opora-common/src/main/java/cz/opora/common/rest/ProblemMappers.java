package cz.opora.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps every error to an RFC 9457 problem. Priority {@value #PRIORITY} puts these mappers ahead of the
 * framework's own, so that no error leaves as HTML, plain text or a stack trace. Nothing here logs or echoes a
 * value the client sent: a field is named, never quoted.
 */
public class ProblemMappers {
    static final int PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (returnValue) {
            return internalError(e);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problem.validation(errors).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalidFormat(InvalidFormatException e) {
        String expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "))
                : "has the wrong format" + (e.getTargetType() == null ? "" : " (expected " + typeName(e.getTargetType()) + ")");
        return Problem.validation(List.of(new FieldError(jsonPath(e), expected))).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unrecognizedProperty(UnrecognizedPropertyException e) {
        return Problem.validation(List.of(new FieldError(jsonPath(e), "is not a known field"))).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e) {
        String field = jsonPath(e);
        String message = e.getTargetType() == null ? "has the wrong type" : "must be " + typeName(e.getTargetType());
        return Problem.validation(List.of(new FieldError(field.isEmpty() ? "(body)" : field, message))).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mapping(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid);
        }
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            return unrecognizedProperty(unrecognized);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        String field = jsonPath(e);
        return Problem.validation(List.of(new FieldError(field.isEmpty() ? "(body)" : field, "is invalid"))).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        String message = e instanceof StreamConstraintsException ? "exceeds a size limit" : "is not well-formed JSON" + where;
        return Problem.validation(List.of(new FieldError("(body)", message))).toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {UnauthorizedException.class,
            AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.status(401).type(Problem.MEDIA).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"opora\"")
                .entity(Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated",
                        "A valid access token (Authorization: Bearer ...) is required."))
                .build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this operation.").toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return Problem.of(Response.Status.CONFLICT, "concurrent-change",
                "Someone else changed this record at the same time. Read it again and reapply your change.").toResponse();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping) {
                return mapping(mapping);
            }
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json);
            }
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return internalError(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z]+", "-");
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA)
                .entity(Problem.of(status, slug, title, null));
        if (original != null) {
            for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
                if (original.getHeaderString(header) != null) {
                    builder.header(header, original.getHeaderString(header));
                }
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response any(Throwable e) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", causeChain(e));
            boolean inDoubt = isCommitCutOff(e);
            return Response.status(503).type(Problem.MEDIA).header(HttpHeaders.RETRY_AFTER, "5")
                    .entity(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "unavailable", inDoubt
                                    ? "The database went away while saving: the change may or may not have been saved. "
                                    + "Read the record again, or repeat a creating request with the same Idempotency-Key."
                                    : "The service cannot reach its database. Nothing was saved; try again shortly.")
                            .with("saved", inDoubt ? "unknown" : "no"))
                    .build();
        }
        return internalError(e);
    }

    private static Response internalError(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        // The exception chain's types only: messages can quote data (SQL values, request fields).
        LOG.errorf("unexpected error %s: %s", errorId, causeChain(e));
        LOG.debugf(e, "unexpected error %s", errorId);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                        "An unexpected error occurred; nothing was saved. Quote the error id when reporting it.")
                .with("errorId", errorId).toResponse();
    }

    /**
     * Whether the request failed because the database could not be reached (or went away mid-transaction): a
     * connection error anywhere in the chain or among suppressed exceptions, a pool timeout, or a commit that was
     * rolled back with no cause of its own (the connection died while committing; nothing was saved).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof jakarta.transaction.RollbackException && t.getCause() == null) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && isDatabaseUnavailable(suppressed)) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t.getClass().getName().equals("io.agroal.pool.ConnectionPool$AcquisitionTimeoutException")
                    || t.getClass().getName().endsWith("AcquisitionTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the connection died at the commit itself: PostgreSQL may have made the transaction durable and then
     * lost the connection before answering, so the outcome is unknown to the service too.
     */
    static boolean isCommitCutOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    static String causeChain(Throwable e) {
        List<String> names = new ArrayList<>();
        for (Throwable t = e; t != null && names.size() < 8; t = t.getCause()) {
            names.add(t.getClass().getName());
        }
        return String.join(" <- ", names);
    }

    /** A violation's path as the client sees it: {@code members[1].birthDate}, without method and parameter names. */
    static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                path.setLength(0);
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null && node.getName().startsWith("<")) {
                appendIndex(path, node);
                continue;
            }
            appendIndex(path, node);
            if (node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        if (path.isEmpty()) {
            // A constraint on a query or path parameter: name the parameter itself.
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return "body".equals(node.getName()) ? "(body)" : node.getName();
                }
            }
            return "(body)";
        }
        return path.toString();
    }

    private static void appendIndex(StringBuilder path, Path.Node node) {
        if (node.getIndex() != null) {
            path.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            path.append('[').append(node.getKey()).append(']');
        }
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a UTC timestamp (ISO-8601)";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "List", "Set" -> "an array";
            default -> type.isArray() ? "an array" : "an object";
        };
    }
}
