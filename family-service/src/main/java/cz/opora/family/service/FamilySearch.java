package cz.opora.family.service;

import cz.opora.common.rest.Params;
import cz.opora.common.rest.ProblemException;
import cz.opora.family.domain.FamilyStatus;

/**
 * The filters and order of a family search, checked. {@code keyWorker=me} and {@code caseload=mine} stand for
 * the caller.
 *
 * @param text part of the household label or a member's name
 * @param caseload only families where the caller is the key worker or on the team
 */
public record FamilySearch(String text, String municipality, FamilyStatus status, String keyWorker, boolean caseload,
                           Sort sort) {

    public enum Sort {
        NEWEST, NAME
    }

    public static FamilySearch of(String text, String municipality, String status, String keyWorker, String caseload,
                                  String sort) {
        return new FamilySearch(blankToNull(text, "q"), blankToNull(municipality, "municipality"),
                Params.enumValue(FamilyStatus.class, status, "status"), blankToNull(keyWorker, "keyWorker"),
                parseCaseload(caseload), sort == null || sort.isBlank() ? Sort.NEWEST : Params.enumValue(Sort.class, sort, "sort"));
    }

    private static boolean parseCaseload(String caseload) {
        if (caseload == null || caseload.isBlank()) {
            return false;
        }
        if (!caseload.equals("mine")) {
            throw ProblemException.invalid("caseload", "must be 'mine' or absent");
        }
        return true;
    }

    private static String blankToNull(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw ProblemException.invalid(field, "must be at most 200 characters");
        }
        return value.trim();
    }
}
