package cz.opora.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type in Opora: its CloudEvents {@code type}, the topic it is published on and the current
 * schema version. The JSON Schema of version N lives at {@code cz/opora/events/schemas/<type>.v<N>.json}
 * and a sample at {@code cz/opora/events/samples/<type>.v<N>.json}.
 */
public enum EventType {
    FAMILY_REGISTERED("cz.opora.family.registered", Topics.FAMILY, 1),
    FAMILY_UPDATED("cz.opora.family.updated", Topics.FAMILY, 1),
    FAMILY_MEMBER_ADDED("cz.opora.family.member-added", Topics.FAMILY, 1),
    FAMILY_MEMBER_CHANGED("cz.opora.family.member-changed", Topics.FAMILY, 1),
    FAMILY_MEMBER_REMOVED("cz.opora.family.member-removed", Topics.FAMILY, 1),
    FAMILY_CLOSED("cz.opora.family.closed", Topics.FAMILY, 1),
    FAMILY_REOPENED("cz.opora.family.reopened", Topics.FAMILY, 1),
    CONSENT_GRANTED("cz.opora.family.consent-granted", Topics.FAMILY, 1),
    CONSENT_WITHDRAWN("cz.opora.family.consent-withdrawn", Topics.FAMILY, 1),
    CONSENT_EXPIRED("cz.opora.family.consent-expired", Topics.FAMILY, 1),
    ASSESSMENT_COMPLETED("cz.opora.family.assessment-completed", Topics.FAMILY, 1),
    PLAN_AGREED("cz.opora.family.plan-agreed", Topics.FAMILY, 1),
    PLAN_REVISED("cz.opora.family.plan-revised", Topics.FAMILY, 1),
    FAMILY_ERASED("cz.opora.family.erased", Topics.FAMILY, 1),
    FAMILY_ANONYMISED("cz.opora.family.anonymised", Topics.FAMILY, 1),
    /** Two organizations' case files of one household were linked (key: the file that was opened or linked). */
    CASE_LINKED("cz.opora.family.case-linked", Topics.FAMILY, 1),
    CASE_UNLINKED("cz.opora.family.case-unlinked", Topics.FAMILY, 1),
    /**
     * An organization's approval policy of one action was set or removed (key: the organization; data:
     * {@code ApprovalPolicySet}); services that enforce it elsewhere keep a copy.
     */
    FAMILY_APPROVAL_POLICY_SET("cz.opora.family.approval-policy-set", Topics.FAMILY, 1),
    /**
     * An approval of an action that happens in another service was decided (data: {@code ApprovalDecided}; never the
     * free text of a return).
     */
    FAMILY_APPROVAL_DECIDED("cz.opora.family.approval-decided", Topics.FAMILY, 1),
    /** Published by referral-service and conference-service, each on its own topic. */
    ACCESS_GRANTED("cz.opora.access.granted", null, 1),
    ACCESS_REVOKED("cz.opora.access.revoked", null, 1),
    /** Published by any service about something that belongs on the family's timeline. */
    ACTIVITY_REPORTED("cz.opora.activity.reported", null, 1),
    /** Published by every service but family-service: a read of a family's data there, for the owner's access log. */
    AUDIT_FAMILY_READ("cz.opora.audit.family-read", null, 1),
    CONFERENCE_SCHEDULED("cz.opora.conference.scheduled", Topics.CONFERENCE, 1),
    CONFERENCE_HELD("cz.opora.conference.held", Topics.CONFERENCE, 1),
    CONFERENCE_CANCELLED("cz.opora.conference.cancelled", Topics.CONFERENCE, 1),
    CONFERENCE_FAMILY_PLAN_AGREED("cz.opora.conference.family-plan-agreed", Topics.CONFERENCE, 1),
    CONFERENCE_FAMILY_PLAN_ACCEPTED("cz.opora.conference.family-plan-accepted", Topics.CONFERENCE, 1),
    CONFERENCE_FAMILY_PLAN_REJECTED("cz.opora.conference.family-plan-rejected", Topics.CONFERENCE, 1),
    CONFERENCE_FAMILY_PLAN_REVISED("cz.opora.conference.family-plan-revised", Topics.CONFERENCE, 1),
    /** A case conference's minutes gave a task to a participant (data: {@code ConferenceTask}). */
    CONFERENCE_TASK_ASSIGNED("cz.opora.conference.task-assigned", Topics.CONFERENCE, 1),
    /** A case conference's task was followed up (done, not done) or dropped with its conference. */
    CONFERENCE_TASK_CLOSED("cz.opora.conference.task-closed", Topics.CONFERENCE, 1),
    REFERRAL_SENT("cz.opora.referral.sent", Topics.REFERRAL, 1),
    REFERRAL_ACCEPTED("cz.opora.referral.accepted", Topics.REFERRAL, 1),
    REFERRAL_DECLINED("cz.opora.referral.declined", Topics.REFERRAL, 1),
    REFERRAL_WITHDRAWN("cz.opora.referral.withdrawn", Topics.REFERRAL, 1),
    REFERRAL_COMPLETED("cz.opora.referral.completed", Topics.REFERRAL, 1),
    REFERRAL_OVERDUE("cz.opora.referral.overdue", Topics.REFERRAL, 1),
    REFERRAL_SUSPENDED("cz.opora.referral.suspended", Topics.REFERRAL, 1),
    /** A statutory referral waits for a supervisor's approval before it goes (data: {@code ReferralApprovalRequested}). */
    REFERRAL_APPROVAL_REQUESTED("cz.opora.referral.approval-requested", Topics.REFERRAL, 1),
    /** A directory entry was created or changed (referral-service owns the directory); key = the organization's id. */
    DIRECTORY_ENTRY_SAVED("cz.opora.directory.entry-saved", Topics.REFERRAL, 1),
    TUTORING_MATCH_STARTED("cz.opora.tutoring.match-started", Topics.TUTORING, 1),
    TUTORING_MATCH_PAUSED("cz.opora.tutoring.match-paused", Topics.TUTORING, 1),
    TUTORING_MATCH_ENDED("cz.opora.tutoring.match-ended", Topics.TUTORING, 1),
    TUTORING_SESSION_RECORDED("cz.opora.tutoring.session-recorded", Topics.TUTORING, 1),
    TUTORING_ABSENCE_ALERT("cz.opora.tutoring.absence-alert", Topics.TUTORING, 1),
    TUTORING_CLUB_ENROLMENT("cz.opora.tutoring.club-enrolment", Topics.TUTORING, 1),
    TUTORING_SCHOOL_ENTRY_RECORDED("cz.opora.tutoring.school-entry-recorded", Topics.TUTORING, 1),
    TUTORING_WORKSHOP_ATTENDANCE("cz.opora.tutoring.workshop-attendance", Topics.TUTORING, 1),
    /** A tutor's vetting was recorded or changed (key: the tutor's id; data: {@code TutorVetting}). */
    TUTORING_TUTOR_VETTING("cz.opora.tutoring.tutor-vetting-recorded", Topics.TUTORING, 1);

    private final String type;
    private final String topic;
    private final int schemaVersion;

    EventType(String type, String topic, int schemaVersion) {
        this.type = type;
        this.topic = topic;
        this.schemaVersion = schemaVersion;
    }

    public String type() {
        return type;
    }

    /** The topic of the one service that publishes this type, or null for a type several services publish. */
    public String topic() {
        return topic;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String sampleResource() {
        return "cz/opora/events/samples/" + type + ".v" + schemaVersion + ".json";
    }

    static String schemaResource(String type, int version) {
        return "cz/opora/events/schemas/" + type + ".v" + version + ".json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
