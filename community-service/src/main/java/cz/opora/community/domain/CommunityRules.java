package cz.opora.community.domain;

import cz.opora.common.rest.FieldError;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the records a worker writes, as plain functions (no database): each answers every field it finds
 * wrong, so that one problem names them all.
 */
public final class CommunityRules {
    private CommunityRules() {
    }

    /**
     * A day of work: not in the future, not earlier than {@code backdating} before today (field workers write up
     * later, but not months later).
     */
    public static List<FieldError> day(String field, LocalDate day, LocalDate today, Period backdating) {
        List<FieldError> errors = new ArrayList<>();
        if (day != null) {
            if (day.isAfter(today)) {
                errors.add(new FieldError(field, "must not be in the future"));
            } else if (day.isBefore(today.minus(backdating))) {
                errors.add(new FieldError(field, "must not be earlier than " + today.minus(backdating) + " (records are written within "
                        + backdating + ")"));
            }
        }
        return errors;
    }

    /**
     * A contact: it lasts at most {@code maxMinutes}; each intervention type at most once; the interventions'
     * minutes together fit in the contact's duration.
     */
    public static List<FieldError> contact(int durationMinutes, List<Intervention> interventions, int maxMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (durationMinutes > maxMinutes) {
            errors.add(new FieldError("durationMinutes", "must be at most " + maxMinutes));
        }
        Set<InterventionType> seen = EnumSet.noneOf(InterventionType.class);
        int total = 0;
        for (int i = 0; i < interventions.size(); i++) {
            Intervention intervention = interventions.get(i);
            if (intervention.type != null && !seen.add(intervention.type)) {
                errors.add(new FieldError("interventions[" + i + "].type", "is listed twice; give one intervention per type"));
            }
            total += intervention.minutes;
        }
        if (total > durationMinutes) {
            errors.add(new FieldError("interventions", "take " + total + " minutes together, more than the contact's "
                    + durationMinutes));
        }
        return errors;
    }

    /** A session's attendance: at least one participant in all. */
    public static List<FieldError> attendance(Map<AgeBand, Integer> attendance) {
        int total = attendance.values().stream().mapToInt(n -> n == null ? 0 : n).sum();
        return total > 0 ? List.of() : List.of(new FieldError("attendance", "must count at least one participant"));
    }

    /** The day a mediation closes: not before it opened. */
    public static List<FieldError> closing(LocalDate openedOn, LocalDate closedOn) {
        return closedOn != null && closedOn.isBefore(openedOn)
                ? List.of(new FieldError("closedOn", "is before the mediation opened (" + openedOn + ")")) : List.of();
    }

    /** A mediation session: not before the mediation opened, at most {@code maxMinutes} long. */
    public static List<FieldError> mediationSession(LocalDate openedOn, LocalDate date, int durationMinutes, int maxMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (date != null && date.isBefore(openedOn)) {
            errors.add(new FieldError("date", "is before the mediation opened (" + openedOn + ")"));
        }
        if (durationMinutes > maxMinutes) {
            errors.add(new FieldError("durationMinutes", "must be at most " + maxMinutes));
        }
        return errors;
    }
}
