package cz.opora.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * No personal data in the services' logs: after every other system test has run (this class runs alone, in the
 * failsafe execution "log-privacy" bound after the suite's own, see pom.xml), the logs the {@link Stack} wrote
 * (system-tests/target/service-logs: the four services and the console, every process of the run appended) hold none
 * of the members' names, birth dates, streets, phones and e-mails the system tests sent. Those values are read from
 * the tests' own sources (every literal {@code "firstName": "..."}, {@code "lastName"}, {@code "birthDate"},
 * {@code "street"}, {@code "phone"}, {@code "email"} of a request body), so a new test's data is covered by itself.
 */
class LogPrivacyIT {
    static final Path ROOT = Path.of(System.getProperty("opora.root", "..")).toAbsolutePath().normalize();
    static final Path LOGS = ROOT.resolve("system-tests/target/service-logs");
    static final Path SOURCES = ROOT.resolve("system-tests/src/test/java");
    static final Pattern FIELD = Pattern.compile(
            "\\\\?\"(firstName|lastName|birthDate|street|phone|email)\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\%]{3,})\\\\?\"");

    @Test
    void noServiceLogHoldsAMembersNameBirthDateAddressOrPhone() throws IOException {
        Set<String> personal = personalDataSentByTheTests();
        assertThat(personal.size() >= 20, "the tests' personal data found in their sources: " + personal);
        List<Path> logs;
        try (Stream<Path> files = Files.list(LOGS)) {
            logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
        for (String module : List.of("family-service", "referral-service", "conference-service", "tutoring-service")) {
            assertThat(logs.contains(LOGS.resolve(module + ".log")), "the run wrote " + module + "'s log");
        }
        List<Pattern> patterns = personal.stream()
                .map(v -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])")).toList();
        List<String> found = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            List<String> text = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines += text.size();
            for (int i = 0; i < text.size(); i++) {
                int v = 0;
                for (String value : personal) {
                    if (patterns.get(v++).matcher(text.get(i)).find()) {
                        found.add(log.getFileName() + ":" + (i + 1) + " holds \"" + value + "\": " + text.get(i));
                    }
                }
            }
        }
        System.out.printf("LogPrivacyIT: %d personal values checked in %d lines of %d logs%n", personal.size(), lines, logs.size());
        assertThat(lines > 100, "the logs have lines (" + lines + ")");
        assertThat(found.isEmpty(), "personal data in the logs:\n" + String.join("\n", found.stream().limit(50).toList()));
    }

    static Set<String> personalDataSentByTheTests() throws IOException {
        Set<String> values = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = FIELD.matcher(Files.readString(source));
                while (m.find()) {
                    String value = m.group(2).strip();
                    if (value.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static void assertThat(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
