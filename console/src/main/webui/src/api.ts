import i18n from "./i18n";

// The one API client of the console: every call goes to the console's own /api/<service>/..., which forwards it
// with the user's token (the browser never sees a token). problem+json becomes field errors; 412 becomes a
// conflict the screen offers to reload without losing the form; 499 means the session ended.

export type Service = "family" | "conference" | "referral" | "tutoring" | "community";

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(public readonly status: number, public readonly problem: Problem | null) {
    super(problem?.detail ?? `HTTP ${status}`);
  }

  /** Field path (e.g. "members[0].firstName") → message, in Czech where the catalogue knows the service's text. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const czech = (i18n.getResource("cs", "translation", "apiMessages") ?? {}) as Record<string, string>;
    for (const e of this.problem?.errors ?? []) out[e.field] = czech[e.message] ?? e.message;
    return out;
  }

  get notFound(): boolean {
    return this.status === 404 || this.status === 403;
  }

  get conflict(): boolean {
    return this.status === 412 || this.status === 409;
  }

  /** The session is gone (quarkus-oidc answers 499 to the SPA's calls instead of redirecting them). */
  get sessionExpired(): boolean {
    return this.status === 499 || this.status === 401;
  }
}

export interface Answer<T> {
  /** 200, 201, or 202 when the service accepted a request that waits (e.g. a closure for approval). */
  status: number;
  data: T;
  etag: string | null;
  location: string | null;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

const sessionListeners = new Set<() => void>();
export function onSessionExpired(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export async function call<T>(method: string, service: Service, path: string,
                              options: { body?: unknown; ifMatch?: string | null; query?: Record<string, string | undefined>; idempotencyKey?: string } = {}): Promise<Answer<T>> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined && v !== "") params.set(k, v);
  const qs = params.toString();
  const headers: Record<string, string> = { Accept: "application/json", "X-Requested-With": "JavaScript" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.ifMatch) headers["If-Match"] = options.ifMatch;
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api/${service}/${path}${qs ? `?${qs}` : ""}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      redirect: "manual",
    });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.type === "opaqueredirect") {
    sessionListeners.forEach((l) => l());
    throw new ApiError(499, null);
  }
  const text = await response.text();
  const parsed = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, parsed as Problem | null);
    if (error.sessionExpired) sessionListeners.forEach((l) => l());
    throw error;
  }
  return { status: response.status, data: parsed as T, etag: response.headers.get("ETag"), location: response.headers.get("Location") };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface Me {
  username: string;
  name: string;
  organization: string | null;
  roles: string[];
}

export async function me(): Promise<Me> {
  const response = await fetch("/api/me", { headers: { Accept: "application/json", "X-Requested-With": "JavaScript" } });
  if (!response.ok) throw new ApiError(response.status, null);
  return response.json();
}

// The family-service's shapes, as far as the console uses them.
export interface Worker { id: string; name: string }
export interface FamilySummary {
  id: string; name: string; municipality: string; locality: string | null; status: string;
  keyWorker: Worker | null; createdAt: string;
}
export interface Member {
  id: string; firstName: string; lastName: string; role: string; birthDate: string | null; relation: string | null;
  phone: string | null; email: string | null; school: string | null; schoolClass: string | null;
}
export interface Family {
  id: string; name: string; status: string; owningOrganization: string;
  address: { street: string | null; municipality: string; postalCode: string | null; locality: string | null; sociallyExcludedLocality: boolean | null };
  keyWorker: Worker | null; team: { worker: Worker; role: string }[]; members: Member[];
  closure: { closedAt: string; reason: string; summary: string | null } | null;
  createdAt: string; updatedAt: string;
}
export interface Consent {
  id: string; givenBy: string; purpose: string; recipientOrganization: string | null; recipientType: string | null;
  scopes: string[]; validFrom: string; validUntil: string | null; formReference: string; note: string | null;
  status: string; recordedAt: string; withdrawnAt: string | null; withdrawalNote: string | null;
}
export interface Contact {
  id: string; date: string; durationMinutes: number; type: string; workers: Worker[]; membersPresent: string[];
  topics: string[]; summary: string | null; recordedAt: string;
}
export interface TimelineEntry {
  id: string; occurredAt: string; kind: string; summary: string; params?: Record<string, string>;
  refType: string | null; refId: string | null; source: string; familyId?: string; organization?: string;
}
export interface SharedFamily {
  familyId: string; name: string; municipality: string; owningOrganization: string; reason: string;
  reasonId: string | null; scopes: string[]; grantedAt: string;
}
export interface AssessmentFramework { domains: string[]; formulationCategories: string[]; priorityCategories: string[] }
export interface Rated { domain: string; memberId: string | null; rating: string; notes: string | null }
export interface Factor { id?: string; category: string; text: string; priority: boolean }
export interface Assessment {
  id: string; status: string; summary: string | null; ratings?: Rated[]; formulation?: Factor[];
  createdAt: string; updatedAt: string; completedAt: string | null;
}
export interface Who { kind: "WORKER" | "MEMBER" | "NETWORK"; id: string; name: string | null }
export interface PlanStep { id: string; what: string; who: Who; dueDate: string | null; status: string }
export interface PlanGoal {
  id: string; what: string; progressIndicator: string | null; status: string; progressNote: string | null;
  fromFactorId: string | null; steps: PlanStep[];
}
export interface Plan {
  id: string; source: string; familyAuthored: boolean; sourceReference: string | null; title: string;
  reviewDate: string | null; revision: number; agreedAt: string; updatedAt: string; goals?: PlanGoal[];
}
export interface PlanRevision { revision: number; replacedAt: string; plan: Plan }
export interface Deadlines {
  today: string;
  overdueReviews: { planId: string; title: string; reviewDate: string; familyId: string; familyName: string }[];
  overdueSteps: { stepId: string; what: string; dueDate: string; who: string; planId: string; familyId: string; familyName: string }[];
}
export interface StaffMember { id: string; name: string; roles: string[] }
