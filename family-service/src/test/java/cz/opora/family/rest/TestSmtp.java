package cz.opora.family.rest;

/**
 * The port of the tests' SMTP server (GreenMail): the one the service's test profile sends to
 * ({@code %test.quarkus.mailer.port=${OPORA_TEST_SMTP_PORT:3125}}), so that builds running side by side can each have their own.
 */
final class TestSmtp {
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("OPORA_TEST_SMTP_PORT", "3125"));

    private TestSmtp() {
    }
}
