package cz.opora.common.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' day is the one in {@code opora.timezone}, never the machine's: a pod runs in UTC, a laptop in Prague,
 * and between the two midnights they disagree about "today". Production code therefore never asks the machine for
 * its zone; it reads the injected {@link java.time.Clock} and {@link WorkCalendar}. The tests run in Prague so that a
 * date they compute is the services' day; this guard keeps that from hiding a service that would use the machine's.
 */
class NoMachineZoneTest {

    private static final Pattern MACHINE_ZONE = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|ZoneId\\.systemDefault\\(|TimeZone\\.getDefault\\(|Clock\\.systemDefaultZone\\(");

    @Test
    void productionCodeNeverReadsTheMachinesZone() throws IOException {
        Path root = Path.of(System.getProperty("opora.root", "..")).toAbsolutePath().normalize();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .filter(m -> !m.getFileName().toString().equals("opora-test-support")).toList()) {
                try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
                    sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> scan(root, p, offenders));
                }
            }
        }
        assertThat(root.resolve("family-service/src/main/java")).isDirectory();
        assertThat(offenders).as("calls that read the machine's time zone").isEmpty();
    }

    @Test
    void theGuardRecognisesEveryForm() {
        assertThat(Stream.of("LocalDate.now()", "var t = LocalDateTime.now( );", "ZoneId.systemDefault()",
                "TimeZone.getDefault()", "Clock.systemDefaultZone()", "YearMonth.now()"))
                .allMatch(line -> MACHINE_ZONE.matcher(line).find());
        assertThat(Stream.of("LocalDate.now(clock)", "LocalDate.now(calendar.zone())", "Instant.now(clock)"))
                .noneMatch(line -> MACHINE_ZONE.matcher(line).find());
    }

    private static void scan(Path root, Path source, List<String> offenders) {
        try {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (MACHINE_ZONE.matcher(lines.get(i)).find()) {
                    offenders.add(root.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
