// referral-service's shapes, as far as the console uses them (GET /api/v1/referrals, /organizations).

export interface ReferralParty {
  organization: string; type: string | null; name: string | null; workerName: string | null; usesOpora: boolean | null;
}
export interface ReferralChild { memberId: string | null; firstName: string | null; lastName: string | null; birthDate: string | null; ageYears: number | null }
export interface Referral {
  id: string; familyId: string | null;
  family: { name: string | null; municipality: string | null; children: ReferralChild[] } | null;
  sender: ReferralParty; recipient: ReferralParty; reason: string; request: string; urgency: string; basis: string;
  consentId: string | null; statutoryReference: string | null; scopes: string[]; status: string;
  suspendedFrom: string | null; statusReasonCode: string | null; statusNote: string | null;
  outcome: string | null; outcomeReport: string | null; createdAt: string; sentAt: string | null; dueAt: string | null;
  answeredAt: string | null; acceptedAt: string | null; completedAt: string | null; endedAt: string | null;
  overdue: boolean; answeredInTime: boolean | null; allowedActions: string[];
}
export interface DirectoryEntry {
  id: string; name: string; type: string; usesOpora: boolean; municipalities: string[]; region: string | null;
  services: string[]; acceptingNewClients: boolean; email: string | null; phone: string | null; address: string | null;
  website: string | null; managedBy: string | null;
}

export const REFERRAL_STATUSES = ["DRAFT", "AWAITING_APPROVAL", "SENT", "ACCEPTED", "DECLINED", "WITHDRAWN", "IN_PROGRESS", "COMPLETED", "CLOSED", "SUSPENDED"];
export const URGENCIES = ["ROUTINE", "URGENT", "EMERGENCY"];
export const DECLINE_REASONS = ["NO_CAPACITY", "OUTSIDE_AREA", "NOT_OUR_SERVICE", "FAMILY_DECLINED", "ALREADY_SUPPORTED", "OTHER"];
export const OUTCOMES = ["GOALS_MET", "GOALS_PARTLY_MET", "GOALS_NOT_MET", "FAMILY_DISENGAGED", "REFERRED_ON"];
export const ORGANIZATION_TYPES = ["OSPOD", "SAS", "NZDM", "SCHOOL", "COUNSELLING", "PROBATION_MEDIATION", "POLICE", "COURT",
  "HEALTH", "LABOUR_OFFICE", "HOUSING", "DEBT_COUNSELLING", "LEGAL_AID", "MEDIATION", "FGC_COORDINATION", "EDUCATION", "OTHER"];
