package cz.opora.common.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates and times in request bodies are ISO strings of the years 1900 to 2999. Jackson would otherwise read a number
 * as an epoch day or second, and let through years PostgreSQL cannot store (a 500 instead of a 400): found by
 * {@code BadInputIT} ({"date": -545113749} is 5768946 BC). Both answer 400 naming the field (ProblemMappers).
 * Events are read by their own mapper (EventJson), which this does not touch.
 */
@Singleton
public class JsonDates implements ObjectMapperCustomizer {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    /** Last of all customizers: a module registered later wins, and Jackson's own Java time module must not. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY + 1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("opora-json-dates");
        module.addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE) {
            @Override
            int year(LocalDate value) {
                return value.getYear();
            }
        });
        module.addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT) {
            @Override
            int year(Instant value) {
                return value.atOffset(ZoneOffset.UTC).getYear();
            }
        });
        mapper.registerModule(module);
    }

    abstract static class Bounded<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final JsonDeserializer<? extends T> iso;

        Bounded(Class<T> type, JsonDeserializer<? extends T> iso) {
            this.type = type;
            this.iso = iso;
        }

        abstract int year(T value);

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText();
            T value = iso.deserialize(parser, context);
            if (value != null && (year(value) < FIRST_YEAR || year(value) > LAST_YEAR)) {
                return type.cast(context.handleWeirdStringValue(type, text,
                        "a year from " + FIRST_YEAR + " to " + LAST_YEAR + " is expected"));
            }
            return value;
        }
    }
}
