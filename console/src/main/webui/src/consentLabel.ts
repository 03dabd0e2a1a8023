import type { Consent } from "./api";
import { formatDate } from "./i18n";

/** A consent offered as a basis: its form's reference and how long it holds ("do 1. 1. 2027" or "do odvolání"). */
export function consentLabel(t: (key: string, options?: Record<string, unknown>) => string, prefix: string, c: Consent): string {
  return c.validUntil ? t(`${prefix}.consentOption`, { reference: c.formReference, until: formatDate(c.validUntil) })
    : t(`${prefix}.consentOptionOpen`, { reference: c.formReference });
}
