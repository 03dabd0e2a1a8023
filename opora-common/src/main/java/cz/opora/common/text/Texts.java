package cz.opora.common.text;

/** Text as the services store it: stripped, and absent rather than blank. */
public final class Texts {
    private Texts() {
    }

    /** {@code null} for null or blank text, otherwise the text without leading and trailing white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
