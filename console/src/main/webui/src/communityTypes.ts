// community-service's shapes, as far as the console uses them (/api/v1/anonymous-clients, /programmes, /mediation-cases),
// its codes (rendered through the catalogue's "community" key) and its field messages in Czech.
import i18n, { formatDate } from "./i18n";
import { ApiError } from "./api";

export interface AnonymousClient {
  id: string; code: string; ageBand: string; gender: string; linkedToFamily: boolean; createdAt: string; version: number;
}
export interface InterventionMinutes { type: string; minutes: number }
export interface ClientContact {
  id: string; clientId: string; place: string; date: string; durationMinutes: number; worker: string;
  interventions: InterventionMinutes[]; createdAt: string;
}
export interface FamilyLink {
  clientId: string; familyId: string; memberId: string; memberFirstName: string; memberLastName: string;
  agreedOn: string; linkedAt: string; version: number;
}
export interface Programme {
  id: string; kind: string; name: string; placeKind: string; municipality: string; facilitators: string[];
  outcomes: string | null; createdAt: string; version: number;
}
export interface ProgrammeSession {
  id: string; programmeId: string; date: string; topic: string; attendance: Record<string, number>; participants: number;
}
export interface PartyLabel { label: string; role: string }
export interface MediationCase {
  id: string; type: string; mode: string; parties: PartyLabel[]; openedOn: string; outcome: string | null;
  closedOn: string | null; createdAt: string; version: number;
}
export interface MediationSession { id: string; caseId: string; date: string; durationMinutes: number }

export const AGE_BANDS = ["UNDER_6", "AGE_6_10", "AGE_11_14", "AGE_15_17", "AGE_18_26", "OVER_26"];
export const GENDERS = ["FEMALE", "MALE", "OTHER", "NOT_STATED"];
export const CONTACT_PLACES = ["CLUB", "FIELD", "ONLINE"];
export const INTERVENTION_TYPES = ["CONTACT_WORK", "CRISIS_HELP", "COUNSELLING", "ACCOMPANIMENT", "LEISURE_PREVENTIVE", "GROUP_WORK"];
export const PROGRAMME_KINDS = ["COMMUNITY_WORK_HOSTEL", "INTERCULTURAL", "MUTUAL_UNDERSTANDING_SEMINAR", "PARENT_GROUP", "MOTHERS_CLUB", "OTHER"];
export const PLACE_KINDS = ["HOSTEL", "SCHOOL", "COMMUNITY_CENTRE", "CLUB", "OTHER"];
export const MEDIATION_TYPES = ["NEIGHBOUR", "SCHOOL", "FAMILY", "OTHER"];
export const MEDIATION_MODES = ["PEER", "COMMUNITY", "PROFESSIONAL"];
export const MEDIATION_OUTCOMES = ["AGREEMENT_REACHED", "PARTIAL", "NOT_REACHED", "WITHDRAWN"];

/** Roles whose home and screens are community-service's (the service decides; the console only shows the entries). */
export const CLIENT_ROLES = ["nzdm-worker", "community-worker", "org-admin"];
export const MEDIATION_ROLES = ["mediator", "org-admin"];

/** A code of the API in Czech, from the catalogue's community.<group>.<code>. */
export function code(group: string, value: string): string {
  return i18n.t(`community.${group}.${value}`, { defaultValue: value });
}

/** Options of a select from a group of codes. */
export function options(group: string, values: string[]): { value: string; label: string }[] {
  return values.map((v) => ({ value: v, label: code(group, v) }));
}

/** A new key for a POST a client may send twice (a retry after a timeout records one contact). */
export function newKey(): string {
  return crypto.randomUUID();
}

// community-service's field messages (English, with figures in them), as Czech texts of the catalogue.
const MESSAGES: [RegExp, string][] = [
  [/^must not be in the future/, "future"],
  [/^must not be earlier than (\S+)/, "tooOld"],
  [/^must be at most (\d+)/, "atMost"],
  [/^is listed twice/, "twice"],
  [/^take (\d+) minutes together, more than the contact's/, "tooLong"],
  [/^must count at least one participant/, "noParticipant"],
  [/^is before the mediation opened/, "beforeOpened"],
  [/^must be greater than or equal to (\d+)/, "atLeast"],
  [/^must be less than or equal to (\d+)/, "atMost"],
  [/^size must be between (\d+) and (\d+)/, "size"],
];

/** The problem+json's field errors, each in Czech: the console's known texts first, then community-service's own. */
export function fieldErrors(error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  const known = error.fieldErrors;
  for (const e of error.problem?.errors ?? []) {
    const hit = MESSAGES.map(([re, key]) => [re.exec(e.message), key] as const).find(([m]) => m !== null);
    const value = hit?.[0]?.[1] && /^\d{4}-\d{2}-\d{2}$/.test(hit[0][1]) ? formatDate(hit[0][1]) : hit?.[0]?.[1];
    out[e.field] = hit && hit[0] ? i18n.t(`community.apiMessages.${hit[1]}`, { value, min: hit[0][1], max: hit[0][2] }) : known[e.field];
  }
  return out;
}
