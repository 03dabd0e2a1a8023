package cz.opora.common.persistence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as searches compare it: lower case, without diacritics, single spaces ("Nováková  Jana" becomes
 * "novakova jana"), so that a worker typing "novakova" finds "Nováková". Stored beside the original in
 * indexed columns; queries normalise their terms the same way.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern that finds the normalised term anywhere, with LIKE's wildcards in the term escaped. */
    public static String containsPattern(String term) {
        String normalized = normalize(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + normalized + "%";
    }
}
