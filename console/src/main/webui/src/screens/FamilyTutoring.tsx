import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, call } from "../api";
import { ErrorMessage } from "../components";
import { formatDate } from "../i18n";
import type { Match, TutoringSession } from "../tutoringTypes";

interface FamilyTutoringView { familyId: string; matches: Match[]; sessionsByMatch: Record<string, TutoringSession[]> }

/** The case file's tutoring: the children's matches and their sessions with the tutors' notes for the SAS worker. */
export function FamilyTutoring({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<FamilyTutoringView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call<FamilyTutoringView>("GET", "tutoring", `families/${familyId}/tutoring`).then((r) => setView(r.data)).catch(setError);
  }, [familyId]);
  // Roles and organizations tutoring-service does not show it to, and families it does not know: no section.
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
  if (!view && !error) return null;
  return (
    <section id="doucovani" aria-labelledby="doucovani-title" className="panel">
      <h2 id="doucovani-title">{t("tutoring.title")}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {view && view.matches.length === 0 && <p>{t("tutoring.none")}</p>}
      {view && view.matches.length > 0 && (
        <ul className="cards">
          {view.matches.map((m) => (
            <li key={m.id} className="card">
              <h3 className="card__title">{t("tutoring.familyMatch", { child: m.childName ?? t("tutoring.withheld"), tutor: m.tutorName })}</h3>
              <p><span className={`status status--${m.status.toLowerCase()}`}>{t(`matchStatus.${m.status}`)}</span> · {m.subjects.join(", ")}
                {m.consecutiveMissed >= 2 && <> · <span className="overdue">{t("tutoring.missedInRow", { count: m.consecutiveMissed })}</span></>}</p>
              <ul className="timeline">
                {(view.sessionsByMatch[m.id] ?? []).slice(0, 5).map((s) => (
                  <li key={s.id}>
                    <time dateTime={s.date}>{formatDate(s.date)}</time>
                    <span>{s.held ? t("tutoring.heldLine", { minutes: s.durationMinutes, subjects: s.subjects.join(", ") }) : t("tutoring.missedLine")}
                      {s.noteForSas ? ` – ${t("tutoring.noteForSas", { note: s.noteForSas })}` : ""}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
