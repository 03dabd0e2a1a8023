// family-service's My work, notifications and approvals (GET /api/v1/work, /notifications, /approvals), as far as the
// console uses them, and where in the console each item is acted on.

export interface WorkItem {
  id: string; kind: string; familyId: string | null; refType: string; refId: string; dueDate: string;
  overdue: boolean; queue: boolean; link: string | null;
}
export interface Notification {
  id: string; kind: string; refType: string; refId: string; createdAt: string; read: boolean; readAt: string | null;
}
export interface NotificationPage { items: Notification[]; next: string | null; unread: number }
export interface NotificationPreference { kind: string; inApp: boolean; email: boolean }
export interface Approval {
  id: string; action: string; familyId: string; status: string; approverRole: string; payload: Record<string, string>;
  requestedBy: string; requestedAt: string; decidedBy: string | null; decidedAt: string | null; returnReason: string | null;
  version: number;
}
export interface ApprovalPolicy { action: string; approverRole: string; version: number }

export const WORK_KINDS = ["PLAN_REVIEW", "PLAN_STEP", "REFERRAL_AWAITING_ANSWER", "REFERRAL_OVERDUE", "ABSENCE_ALERT",
  "CONSENT_EXPIRING", "PLAN_AWAITING_DECISION", "APPROVAL_AWAITING"];
export const NOTIFICATION_KINDS = ["REFERRAL_RECEIVED", "REFERRAL_OVERDUE", "ABSENCE_ALERT", "PLAN_AWAITING_DECISION",
  "APPROVAL_REQUESTED", "APPROVAL_DECIDED"];
export const APPROVAL_STATUSES = ["PENDING", "APPROVED", "RETURNED"];

/** Roles family-service answers My work and notifications for (GET /work, /notifications). */
export const WORK_ROLES = ["case-manager", "family-worker", "ospod-worker", "nzdm-worker", "fgc-coordinator", "club-leader", "org-admin"];
/** Roles that read the organization's approval requests (GET /approvals). */
export const APPROVAL_ROLES = ["case-manager", "family-worker", "ospod-worker", "nzdm-worker", "org-admin"];

/** The console's route to act on a work item: the screen the item's kind is handled on (null: nothing the reader may open). */
export function workRoute(item: Pick<WorkItem, "kind" | "familyId" | "refId">): string | null {
  const file = (section: string) => (item.familyId ? `/rodiny/${item.familyId}#${section}` : null);
  switch (item.kind) {
    case "REFERRAL_AWAITING_ANSWER":
    case "REFERRAL_OVERDUE":
      return `/doporuceni/${item.refId}`;
    case "PLAN_AWAITING_DECISION":
      return `/rodinne-konference/${item.refId}`;
    case "APPROVAL_AWAITING":
      return `/schvaleni/${item.refId}`;
    case "ABSENCE_ALERT":
      return file("doucovani");
    case "CONSENT_EXPIRING":
      return file("souhlasy");
    case "PLAN_REVIEW":
    case "PLAN_STEP":
      return file("plany");
    default:
      return item.familyId ? `/rodiny/${item.familyId}` : null;
  }
}

/**
 * The console's route for what a notification is about. A notification names its reference only (no family): an
 * absence alert (a tutoring match, which only the programme reads) opens My work's absence alerts, whose items lead
 * to the family's tutoring.
 */
export function notificationRoute(n: Pick<Notification, "kind" | "refType" | "refId">): string {
  switch (n.refType) {
    case "referral":
      return `/doporuceni/${n.refId}`;
    case "family-conference":
      return `/rodinne-konference/${n.refId}`;
    case "approval":
      return `/schvaleni/${n.refId}`;
    default:
      return n.kind === "ABSENCE_ALERT" ? "/prace?druh=ABSENCE_ALERT" : "/prace";
  }
}

/** The If-Match of a decision on a request listed with its version (family-service's strong ETag of the version). */
export function versionTag(version: number): string {
  return `"${version}"`;
}
