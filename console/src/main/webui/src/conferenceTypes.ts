// conference-service's shapes, as far as the console uses them (/api/v1/case-conferences).

export interface CaseParticipant {
  id: string; kind: string; organization: string | null; memberId: string | null; name: string | null;
  institution: string | null; role: string | null; invitation: string; view: string | null; access: string;
}
export interface CaseTask { id: string; what: string; ownerParticipantId: string; dueDate: string; status: string; followUpNote: string | null }
export interface CaseConference {
  id: string; familyId: string | null; familyName: string | null; organization: string; convenerName: string | null;
  purpose: string | null; scheduledFor: string; place: string | null; statutoryReference: string | null; childIds: string[];
  status: string; cancelReason: string | null; situation: string | null; childView: string | null; childPresent: boolean | null;
  decisions: string | null; nextMeetingAt: string | null; heldAt: string | null; closedAt: string | null;
  participants: CaseParticipant[]; tasks: CaseTask[];
}

export const PARTICIPANT_KINDS = ["WORKER", "EXTERNAL", "FAMILY_MEMBER"];
export const INVITATIONS = ["INVITED", "ACCEPTED", "DECLINED", "ATTENDED", "ABSENT"];
export const TASK_STATUSES = ["OPEN", "DONE", "NOT_DONE"];

/** A datetime-local input's value (local time) as an ISO instant, or null. */
export function instant(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

// Family group conferences (/api/v1/family-conferences).
export interface FgcInvitee {
  id: string; kind: string; memberId: string | null; name: string | null; relation: string | null; organization: string | null;
  status: string; exclusionReason: string | null; appeal: string | null; appealOutcome: string | null;
  information: string | null; concerns: string | null;
}
export interface FgcPlanItem { what: string; whoKind: string; whoMemberId: string | null; whoName: string | null; byWhen: string; howWeKnow: string }
export interface FamilyConference {
  id: string; kind: string; reviewOf: string | null; familyId: string | null; familyName: string | null; municipality: string | null;
  referrerOrganization: string; referrerName: string | null; concern: string; question: string; bottomLines: string[];
  status: string; familyDecidedAt: string | null; consentId: string | null; requestedLanguage: string | null;
  requestedGender: string | null; coordinatorId: string | null; coordinatorName: string | null; coordinatorOrganization: string | null;
  scheduledFor: string | null; place: string | null; interpreter: string | null; childcare: string | null;
  informationStartedAt: string | null; privateTimeStartedAt: string | null; privateTimeEndedAt: string | null;
  invitees: FgcInvitee[];
  plan: { title: string; reviewDate: string | null; items: FgcPlanItem[]; ifItDoesNotWork: string } | null;
  planPresentedAt: string | null; planDecidedAt: string | null; rejectedBottomLine: number | null; rejectionReason: string | null;
  noPlanNote: string | null; cancelReason: string | null; allowedSteps: string[];
}
export interface CoordinatorCandidate {
  coordinatorId: string; name: string; organization: string; languages: string[]; gender: string | null;
  independent: boolean; notIndependentBecause: string | null; matchesLanguage: boolean; matchesGender: boolean;
}
export const FGC_PHASES = ["INFORMATION_SHARING", "PRIVATE_FAMILY_TIME", "PLAN_PRESENTATION"];
