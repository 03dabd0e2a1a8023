package cz.opora.common.time;

import cz.opora.common.config.ServiceConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Time as the services record it and days as the workers live them, from one replaceable clock. */
@Tag("fast")
class WorkCalendarTest {
    private static WorkCalendar at(String instant) {
        WorkCalendar calendar = new WorkCalendar();
        calendar.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        calendar.config = new ServiceConfig("test-service", Optional.empty(), ZoneId.of("Europe/Prague"));
        return calendar;
    }

    @Test
    void nowIsTheInstantAsPostgresqlStoresIt() {
        assertThat(at("2026-11-30T10:15:30.123456789Z").now()).isEqualTo(Instant.parse("2026-11-30T10:15:30.123456Z"));
    }

    @Test
    void theDayIsThePragueDay() {
        assertThat(at("2026-11-30T23:30:00Z").today()).as("00:30 in Prague").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(at("2026-07-31T21:59:59Z").today()).as("23:59:59 summer time").isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(at("2026-11-30T12:00:00Z").startOf(LocalDate.of(2027, 3, 31)))
                .isEqualTo(Instant.parse("2027-03-30T22:00:00Z"));
    }
}
