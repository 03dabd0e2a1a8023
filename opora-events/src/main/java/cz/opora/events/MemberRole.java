package cz.opora.events;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's place in the family: the household (parents, children, guardians) and the wider network a family
 * conference may invite (grandparents, siblings, relatives, friends, neighbours).
 */
public enum MemberRole {
    PARENT, CHILD, GUARDIAN, GRANDPARENT, SIBLING, RELATIVE, FRIEND, NEIGHBOUR, OTHER;

    /** The age from which a person counts as an adult (Czech civil code, s. 30). */
    public static final int ADULT_AGE = 18;

    /**
     * Whether a member with this role and birth date may decide for the family on {@code day} (sign a consent, accept a
     * family group conference): never a child, and nobody known to be under {@link #ADULT_AGE}.
     */
    public boolean isAdultOn(LocalDate birthDate, LocalDate day) {
        return this != CHILD && (birthDate == null || Period.between(birthDate, day).getYears() >= ADULT_AGE);
    }
}
