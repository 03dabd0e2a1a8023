// tutoring-service's shapes, as far as the console uses them (/api/v1/matches, /tutors, /clubs, /workshops).

export interface Match {
  id: string; tutorId: string; tutorName: string; familyId: string; childId: string; childName: string | null;
  childAge: number | null; place: string | null; schedule: string | null; school: string | null; schoolClass: string | null;
  sasContactName: string | null; sasContactPhone: string | null; sasOrganization: string | null; subjects: string[];
  goals: string | null; status: string; endReason: string | null; consecutiveMissed: number; startedAt: string | null;
  endedAt: string | null; childDetailsWithheld: boolean;
}
export interface TutoringSession {
  id: string; date: string; held: boolean; durationMinutes: number; childPresent: boolean; parentPresent: boolean;
  subjects: string[]; workedOn: string | null; noteForSas: string | null;
}
export interface SchoolProgress {
  id: string; term: string; grades: { subject: string; grade: number | null; teacherFeedback: string | null }[];
  attendancePercent: number | null; movedUp: boolean | null; recordedAt: string;
}
export interface Tutor {
  id: string; name: string; username: string | null; email: string | null; phone: string | null; subjects: string[];
  vettingValidUntil: string | null; vetting: string; notMatchableBecause: string | null; active: boolean;
}
export interface Enrolment {
  id: string; familyId: string; childId: string; childName: string | null; age: number | null; status: string;
  waitingPosition: number | null; enrolledAt: string; schoolEntry: string | null; schoolName: string | null;
}
export interface Club {
  id: string; name: string; place: string; leaderName: string; capacity: number; schedule: string; enrolled: number;
  waiting: number; children: Enrolment[];
}
export interface ClubSession { sessionId: string; date: string; topic: string | null; enrolled: number; present: number }
export interface Workshop { id: string; title: string; kind: string; createdAt: string }

export const VETTING = ["COMPLETE", "EXPIRING", "EXPIRED", "INCOMPLETE", "INACTIVE"];
export const SCHOOL_ENTRY = ["MAINSTREAM", "MAINSTREAM_WITH_SUPPORT", "SPECIAL", "POSTPONED"];
export const READINESS_DOMAINS = ["language", "fine-motor", "attention", "social", "self-care"];
export const WORKSHOP_KINDS = ["WORKSHOP", "MOTHERS_CLUB", "PARENT_GROUP"];

/** Today in the browser's calendar (the services count days in Europe/Prague; the console runs there). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
