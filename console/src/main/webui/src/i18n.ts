import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import cs from "./locales/cs.json";

// Czech first: every text on screen comes from this catalogue; codes from the API are rendered through it.
void i18n.use(initReactI18next).init({
  lng: "cs",
  fallbackLng: "cs",
  resources: { cs: { translation: cs } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

const dateFormat = new Intl.DateTimeFormat("cs-CZ", { day: "numeric", month: "numeric", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("cs-CZ", {
  day: "numeric", month: "numeric", year: "numeric", hour: "numeric", minute: "2-digit",
});

/** 5. 3. 2026 — as Czech users write dates (a plain ISO date is a calendar day, not a moment). */
export function formatDate(iso?: string | null): string {
  if (!iso) return "";
  if (iso.length > 10) return dateFormat.format(new Date(iso));
  const [y, m, d] = iso.substring(0, 10).split("-").map(Number);
  return dateFormat.format(new Date(y, m - 1, d));
}

/** 5. 3. 2026 14:05 */
export function formatDateTime(iso?: string | null): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : "";
}

/** 1 h 30 min, 45 min */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export default i18n;
