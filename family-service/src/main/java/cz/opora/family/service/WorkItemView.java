package cz.opora.family.service;

import cz.opora.family.domain.WorkItem;
import cz.opora.family.domain.WorkKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One item of My work: what, about which reference, by when, and where to act on it. No text of the family. */
@Schema(name = "WorkItem")
public record WorkItemView(
        UUID id,
        WorkKind kind,
        @Schema(description = "The family's case file, only when the reader may open it; otherwise null") UUID familyId,
        @Schema(description = "What the item is about: plan, plan-step, referral, match, consent, approval, family-conference, conference-task, tutor") String refType,
        UUID refId,
        LocalDate dueDate,
        @Schema(description = "True when the due date is before today (computed at reading)") boolean overdue,
        @Schema(description = "True for the organization's queue (anyone of it may take it), false for the reader's own")
        boolean queue,
        @Schema(description = "The API path to act on it (its service's), without the host") String link) {

    static WorkItemView of(WorkItem item, boolean familyVisible, LocalDate today) {
        UUID family = familyVisible ? item.familyId : null;
        return new WorkItemView(item.id, item.kind, family, item.refType, item.refId, item.dueDate,
                item.dueDate.isBefore(today), item.assignee == null, link(item, family));
    }

    private static String link(WorkItem item, UUID family) {
        return switch (item.kind) {
            case REFERRAL_AWAITING_ANSWER, REFERRAL_OVERDUE -> "/api/v1/referrals/" + item.refId;
            case PLAN_AWAITING_DECISION -> "/api/v1/family-conferences/" + item.refId;
            case CONFERENCE_TASK -> item.contextId == null ? null : "/api/v1/case-conferences/" + item.contextId;
            case TUTOR_VETTING_EXPIRING -> "/api/v1/tutors/" + item.refId;
            case APPROVAL_AWAITING -> "/api/v1/approvals/" + item.refId;
            case ABSENCE_ALERT -> family == null ? null : "/api/v1/families/" + family + "/tutoring";
            case CONSENT_EXPIRING -> family == null ? null : "/api/v1/families/" + family + "/consents/" + item.refId;
            case PLAN_REVIEW -> family == null ? null : "/api/v1/families/" + family + "/plans/" + item.refId;
            case PLAN_STEP -> family == null ? null : "/api/v1/families/" + family + "/plans";
        };
    }
}
