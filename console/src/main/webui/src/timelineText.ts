import type { TFunction } from "i18next";
import type { TimelineEntry } from "./api";
import { formatMinutes } from "./i18n";

/** Catalogues of the codes a parameter carries, per parameter name, and where a kind means another catalogue. */
const CODES: Record<string, string> = { type: "contactType", purpose: "purpose", role: "role", source: "planSource", recipientType: "organizationType", action: "approvals.timelineAction" };
const CODES_BY_KIND: Record<string, Record<string, string>> = {
  "family-closed": { reason: "closureReason" },
  "access-granted": { reason: "shared.reasonCode" },
  "approval-requested": { reason: "closureReason" },
};

/**
 * An entry of the timeline in Czech, from its kind and parameters (docs/api.md lists them per kind): each code
 * parameter through its catalogue, minutes as "1 h 30 min"; a kind the catalogue does not know shows the
 * service's English summary as sent.
 */
export function timelineText(t: TFunction, e: TimelineEntry): string {
  const kind = e.kind.replace(/\./g, "-");
  const params = e.params ?? {};
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const catalogue = CODES_BY_KIND[kind]?.[name] ?? CODES[name];
    values[name] = name === "minutes" ? formatMinutes(Number(value))
      : t([`timeline.code.${kind}.${name}.${value}`, ...(catalogue ? [`${catalogue}.${value}`] : [])], { defaultValue: value });
  }
  // A variant of the text when an optional part is there: "…: Sdílení údajů s nzdm-kotva", "… (rodič přítomen)".
  const context = params.recipient ? "to" : params.parentPresent === "true" ? "parent" : undefined;
  const count = params.tasks !== undefined ? Number(params.tasks) : params.missed !== undefined ? Number(params.missed) : undefined;
  return t(`timeline.kind.${kind}`, { ...values, context, count, defaultValue: e.summary });
}
