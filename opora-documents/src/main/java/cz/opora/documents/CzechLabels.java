package cz.opora.documents;

import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Czech words for the shared enums, as the family and funders read them. */
public final class CzechLabels {
    static final String CODES_RESOURCE = "cz/opora/documents/codes.properties";
    private static final Map<String, String> CODES = Figures.labels(CzechLabels.class.getClassLoader(), CODES_RESOURCE);

    private CzechLabels() {
    }

    /**
     * The Czech word for a code of any enum a document prints, from the shared catalogue ({@value #CODES_RESOURCE}:
     * {@code Plan.GoalStatus.ACHIEVED=splněno}); null for null. A code the catalogue lacks prints as itself, so a test
     * that no raw code is in a document catches it.
     */
    public static String code(Enum<?> code) {
        return code == null ? null : CODES.getOrDefault(key(code), code.name());
    }

    /** A configured word (a readiness domain) under its kind: {@code code("ReadinessDomain", "fine-motor")}. */
    public static String code(String kind, String word) {
        return word == null ? null : CODES.getOrDefault(kind + "." + word, word);
    }

    /** Whether the catalogue has the code (a module's test checks every constant it prints). */
    public static boolean has(Enum<?> code) {
        return CODES.containsKey(key(code));
    }

    static String key(Enum<?> code) {
        Class<?> type = code.getDeclaringClass();
        Class<?> outer = type.getEnclosingClass();
        return (outer == null ? "" : outer.getSimpleName() + ".") + type.getSimpleName() + "." + code.name();
    }

    public static String scope(DataScope scope) {
        return switch (scope) {
            case BASIC -> "základní údaje (jména, věk, role v rodině, obec, klíčový pracovník)";
            case CONTACT_DETAILS -> "kontaktní údaje (adresa, telefon, e-mail)";
            case SCHOOL -> "škola a třída dětí";
            case ASSESSMENT -> "vyhodnocení situace rodiny";
            case PLANS -> "individuální plány";
            case CONTACT_RECORDS -> "záznamy o setkáních";
        };
    }

    public static String scopes(Collection<DataScope> scopes) {
        return scopes.stream().sorted().map(CzechLabels::scope).collect(Collectors.joining("; "));
    }

    public static String organizationType(OrganizationType type) {
        return switch (type) {
            case OSPOD -> "orgán sociálně-právní ochrany dětí (OSPOD)";
            case SAS -> "sociálně aktivizační služba pro rodiny s dětmi (SAS)";
            case NZDM -> "nízkoprahové zařízení pro děti a mládež (NZDM)";
            case SCHOOL -> "škola";
            case COUNSELLING -> "poradna";
            case PROBATION_MEDIATION -> "Probační a mediační služba";
            case POLICE -> "policie";
            case COURT -> "soud";
            case HEALTH -> "zdravotnické zařízení";
            case LABOUR_OFFICE -> "úřad práce";
            case HOUSING -> "bytové služby";
            case DEBT_COUNSELLING -> "dluhová poradna";
            case LEGAL_AID -> "právní pomoc";
            case MEDIATION -> "mediace";
            case FGC_COORDINATION -> "koordinátoři rodinných konferencí";
            case EDUCATION -> "doučování a předškolní kluby";
            case OTHER -> "jiná organizace";
        };
    }
}
