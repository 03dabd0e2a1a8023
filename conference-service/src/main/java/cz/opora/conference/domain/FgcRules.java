package cz.opora.conference.domain;

import java.util.EnumSet;
import java.util.Set;

import static cz.opora.conference.domain.FgcStatus.CONSENTED;
import static cz.opora.conference.domain.FgcStatus.INFORMATION_SHARING;
import static cz.opora.conference.domain.FgcStatus.OFFERED;
import static cz.opora.conference.domain.FgcStatus.PLAN_ACCEPTED;
import static cz.opora.conference.domain.FgcStatus.PLAN_PRESENTATION;
import static cz.opora.conference.domain.FgcStatus.PLAN_PRESENTED;
import static cz.opora.conference.domain.FgcStatus.PLAN_REJECTED;
import static cz.opora.conference.domain.FgcStatus.PREPARING;
import static cz.opora.conference.domain.FgcStatus.PRIVATE_FAMILY_TIME;
import static cz.opora.conference.domain.FgcStatus.SCHEDULED;

/**
 * Which step of a family group conference is possible from which states, and who takes it: the REFERRER's
 * organization (offers, records the family's decision, decides on the plan, cancels, asks for a review), an
 * FGC_COORDINATION organization (assigns a coordinator), the assigned COORDINATOR (prepares and runs the
 * conference, records the family's plan).
 */
public final class FgcRules {
    public enum Actor { REFERRER, COORDINATION_ORGANIZATION, COORDINATOR }

    public enum Step {
        FAMILY_DECISION(Actor.REFERRER, EnumSet.of(OFFERED)),
        ASSIGN_COORDINATOR(Actor.COORDINATION_ORGANIZATION, EnumSet.of(CONSENTED, PREPARING)),
        INVITE(Actor.COORDINATOR, EnumSet.of(PREPARING, SCHEDULED)),
        ARRANGE(Actor.COORDINATOR, EnumSet.of(PREPARING, SCHEDULED)),
        START(Actor.COORDINATOR, EnumSet.of(SCHEDULED)),
        CONTRIBUTE(Actor.COORDINATOR, EnumSet.of(INFORMATION_SHARING)),
        PRIVATE_TIME(Actor.COORDINATOR, EnumSet.of(INFORMATION_SHARING)),
        PRESENTATION(Actor.COORDINATOR, EnumSet.of(PRIVATE_FAMILY_TIME)),
        PRESENT_PLAN(Actor.COORDINATOR, EnumSet.of(PLAN_PRESENTATION, PLAN_REJECTED)),
        NO_PLAN(Actor.COORDINATOR, EnumSet.of(PLAN_PRESENTATION, PLAN_REJECTED)),
        DECIDE_PLAN(Actor.REFERRER, EnumSet.of(PLAN_PRESENTED)),
        REVIEW(Actor.REFERRER, EnumSet.of(PLAN_ACCEPTED)),
        CANCEL(Actor.REFERRER, EnumSet.of(OFFERED, CONSENTED, PREPARING, SCHEDULED));

        private final Actor actor;
        private final Set<FgcStatus> from;

        Step(Actor actor, Set<FgcStatus> from) {
            this.actor = actor;
            this.from = from;
        }

        public Actor actor() {
            return actor;
        }

        public Set<FgcStatus> from() {
            return from;
        }
    }

    private FgcRules() {
    }

    public static boolean allowed(Step step, FgcStatus current) {
        return step.from.contains(current);
    }
}
