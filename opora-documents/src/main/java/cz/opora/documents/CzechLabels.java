package cz.opora.documents;

import cz.opora.events.DataScope;
import cz.opora.events.OrganizationType;

import java.util.Collection;
import java.util.stream.Collectors;

/** Czech words for the shared enums, as the family and funders read them. */
public final class CzechLabels {
    private CzechLabels() {
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
