package cz.opora.common.rest;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request body with a value outside an enumeration (a bad {@code type}) answers 400 naming that field <em>and</em>
 * every other bad field (a future date, a duration of 0), not the enumeration alone. While a request body is read,
 * an unknown enumeration value is noted with its JSON path and read as null, instead of failing the whole read; once
 * read, if any was noted, the body is validated as the resource would validate it and one problem lists the noted
 * fields and every other violation. Nothing reaches the resource method then. Outside a request body (events read
 * from Kafka, for one) an unknown value still fails at once.
 */
@Provider
public class EveryFieldError implements ReaderInterceptor {
    private static final ThreadLocal<List<FieldError>> NOTED = new ThreadLocal<>();

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        List<FieldError> noted = new ArrayList<>();
        List<FieldError> outer = NOTED.get();
        NOTED.set(noted);
        Object body;
        try {
            body = context.proceed();
        } finally {
            if (outer == null) {
                NOTED.remove();
            } else {
                NOTED.set(outer);
            }
        }
        if (noted.isEmpty()) {
            return body;
        }
        Set<String> enumFields = noted.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>(noted);
        if (body != null) {
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                String field = ProblemMappers.fieldPath(violation);
                if (!enumFields.contains(field)) { // the bad value read as null: "must not be null" would mislead
                    errors.add(new FieldError(field, violation.getMessage()));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        throw new ProblemException(Problem.validation(errors));
    }

    /** Reads an unknown enumeration value as null and notes it, while a request body is being read. */
    @Singleton
    public static class LenientEnums implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.addHandler(new DeserializationProblemHandler() {
                @Override
                public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                                     String failureMsg) throws IOException {
                    List<FieldError> noted = NOTED.get();
                    if (noted == null || !targetType.isEnum()) {
                        return NOT_HANDLED;
                    }
                    noted.add(new FieldError(path(context.getParser().getParsingContext()), "must be one of "
                            + Arrays.stream(targetType.getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", "))));
                    return null;
                }
            });
        }
    }

    /** {@code members[1].role}: the JSON path of the value being read. */
    static String path(JsonStreamContext context) {
        LinkedList<String> parts = new LinkedList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!path.isEmpty() && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
