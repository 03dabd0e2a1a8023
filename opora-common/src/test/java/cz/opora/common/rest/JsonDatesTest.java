package cz.opora.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates and times in request bodies: ISO strings of the years 1900 to 2999, nothing else. */
@Tag("fast")
class JsonDatesTest {
    record Body(LocalDate date, Instant at) {
    }

    final ObjectMapper mapper = mapper();

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonDates().customize(mapper);
        return mapper;
    }

    @Test
    void isoDatesAndTimesOfOurCenturiesAreRead() throws Exception {
        Body body = mapper.readValue("{\"date\": \"1931-02-03\", \"at\": \"2026-11-30T10:00:00Z\"}", Body.class);
        assertThat(body.date()).isEqualTo(LocalDate.of(1931, 2, 3));
        assertThat(body.at()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(mapper.readValue("{\"date\": null}", Body.class).date()).isNull();
    }

    @Test
    void numbersAreNotDates() {
        assertThatThrownBy(() -> mapper.readValue("{\"date\": -545113749}", Body.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> mapper.readValue("{\"at\": 99999999999999}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void yearsOutsideTheRangeAreRefusedAsAWrongFormat() {
        assertThatThrownBy(() -> mapper.readValue("{\"date\": \"1899-12-31\"}", Body.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("1900");
        assertThatThrownBy(() -> mapper.readValue("{\"at\": \"+30000-01-01T00:00:00Z\"}", Body.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
