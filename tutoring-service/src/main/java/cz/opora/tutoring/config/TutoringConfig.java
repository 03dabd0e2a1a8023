package cz.opora.tutoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import java.time.Period;
import java.util.List;

/** The tutoring programme's rules ({@code opora.tutoring.*}, each from an OPORA_TUTORING_* variable). */
@ConfigMapping(prefix = "opora.tutoring")
public interface TutoringConfig {
    /** How long a tutor's extract from the criminal record counts (law 108/2006 s. 79 asks for integrity). */
    @WithDefault("P1Y")
    Period criminalRecordValidity();

    /** How long before the vetting expires it is flagged EXPIRING. */
    @WithDefault("P30D")
    Period vettingWarning();

    /** Missed sessions in a row that alert the family's SAS worker. */
    @WithDefault("3")
    @Min(1)
    int missedSessionsAlert();

    Club club();

    /** The school-readiness domains a club leader scores (1-4). */
    @WithDefault("language,fine-motor,attention,social,self-care")
    @NotEmpty
    List<String> readinessDomains();

    interface Club {
        /** The youngest age a preschool club takes. */
        @WithDefault("3")
        @Min(0)
        @Max(18)
        int minAge();

        /** The oldest age a preschool club takes. */
        @WithDefault("6")
        @Min(0)
        @Max(18)
        int maxAge();

        /** Whether a child of this age (full years on the day) may have a place. */
        default boolean takes(int age) {
            return takes(minAge(), maxAge(), age);
        }

        static boolean takes(int minAge, int maxAge, int age) {
            return age >= minAge && age <= maxAge;
        }
    }
}
