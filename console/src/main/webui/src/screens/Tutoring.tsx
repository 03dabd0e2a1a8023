import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate } from "../i18n";
import { type Match, type SchoolProgress, today, type TutoringSession } from "../tutoringTypes";

/** Moje doučování: the tutor's own matches (staff: the programme's), on a phone first. */
export function Matches() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<Match>("matches", { limit: "20" }, "tutoring");
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("tutoring.title")}</PageTitle>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("tutoring.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((m) => (
            <li key={m.id} className="card">
              <h2 className="card__title"><Link to={`/doucovani/${m.id}`}>{m.childName ?? t("tutoring.withheld")}</Link></h2>
              <dl className="facts">
                <div><dt>{t("tutoring.status")}</dt><dd><span className={`status status--${m.status.toLowerCase()}`}>{t(`matchStatus.${m.status}`)}</span>
                  {m.consecutiveMissed >= 2 && <> <span className="overdue">{t("tutoring.missedInRow", { count: m.consecutiveMissed })}</span></>}</dd></div>
                {m.schedule && <div><dt>{t("tutoring.schedule")}</dt><dd>{m.schedule}</dd></div>}
                {m.place && <div><dt>{t("tutoring.place")}</dt><dd>{m.place}</dd></div>}
                <div><dt>{t("tutoring.subjects")}</dt><dd>{m.subjects.join(", ")}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

/** One match: the child as the tutor may know it, a session in under a minute, the sessions, school progress. */
export function MatchDetail() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: match, error, load } = useRecord<Match>("tutoring", `matches/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const sessions = useList<TutoringSession>(`matches/${id}/sessions`, { limit: "10" }, "tutoring");
  const loadSessions = sessions.load;
  useEffect(() => { void loadSessions(); }, [loadSessions]);
  if (!match) return recordFallback(error, match);
  const m = match;
  return (
    <article>
      <PageTitle>{m.childName ?? t("tutoring.withheld")}{m.childAge !== null ? `, ${t("referrals.age", { count: m.childAge })}` : ""}</PageTitle>
      <p><Link to="/doucovani">{t("tutoring.back")}</Link></p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="match-facts">
        <h2 id="match-facts" className="visually-hidden">{t("tutoring.facts")}</h2>
        <dl className="facts">
          <div><dt>{t("tutoring.status")}</dt><dd><span className={`status status--${m.status.toLowerCase()}`}>{t(`matchStatus.${m.status}`)}</span></dd></div>
          {m.schedule && <div><dt>{t("tutoring.schedule")}</dt><dd>{m.schedule}</dd></div>}
          {m.place && <div><dt>{t("tutoring.place")}</dt><dd>{m.place}</dd></div>}
          {m.school && <div><dt>{t("tutoring.school")}</dt><dd>{m.school}{m.schoolClass ? `, ${m.schoolClass}` : ""}</dd></div>}
          {m.sasContactName && <div><dt>{t("tutoring.sasContact")}</dt><dd>{m.sasContactName}{m.sasContactPhone ? `, ${m.sasContactPhone}` : ""}</dd></div>}
          <div><dt>{t("tutoring.subjects")}</dt><dd>{m.subjects.join(", ")}</dd></div>
        </dl>
        {m.goals && <p className="prose"><strong>{t("tutoring.goals")}:</strong> {m.goals}</p>}
      </section>
      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("tutoring.sessions")}</h2>
        {m.status === "ACTIVE" && (recording
          ? <RecordSession match={m} onCancel={() => setRecording(false)}
              onDone={(held) => { setRecording(false); setNotice(t(held ? "tutoring.recordedHeld" : "tutoring.recordedMissed")); void load(); void loadSessions(); }} />
          : <GovButton color="primary" type="solid" onClick={() => { setNotice(null); setRecording(true); }}>{t("tutoring.record")}</GovButton>)}
        {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
        {sessions.items && sessions.items.length === 0 && <p>{t("tutoring.noSessions")}</p>}
        {sessions.items && sessions.items.length > 0 && (
          <ul className="timeline">
            {sessions.items.map((s) => (
              <li key={s.id}>
                <time dateTime={s.date}>{formatDate(s.date)}</time>
                <span>{s.held ? t("tutoring.heldLine", { minutes: s.durationMinutes, subjects: s.subjects.join(", ") }) : t("tutoring.missedLine")}
                  {s.workedOn ? ` – ${s.workedOn}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
        {sessions.next && <GovButton color="primary" type="outlined" onClick={() => void loadSessions(sessions.next)}>{t("families.more")}</GovButton>}
      </section>
      <Progress match={m} />
    </article>
  );
}

/** A session in under a minute: held or missed, the date (today), the length, the subjects ticked, a line of notes. */
function RecordSession({ match, onDone, onCancel }: { match: Match; onDone: (held: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(true);
  const [form, setForm] = useState({ date: today(), duration: "60", workedOn: "", noteForSas: "" });
  const [childPresent, setChildPresent] = useState(true);
  const [parentPresent, setParentPresent] = useState(false);
  const [subjects, setSubjects] = useState<string[]>(match.subjects);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, setErrors, failure, busy, run } = useSubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (held && !/^\d+$/.test(form.duration)) { setErrors({ durationMinutes: t("tutoring.durationInvalid") }); return; }
    void run(async () => {
      try {
        await record();
      } catch (err) {
        // One session a day: the service's 409 names the date, shown beside the date field.
        if (err instanceof ApiError && err.status === 409 && err.problem?.type?.endsWith("session-exists")) {
          setErrors({ date: t("tutoring.sessionExists") });
          return;
        }
        throw err;
      }
      onDone(held);
    });
  }
  async function record() {
    {
      await call("POST", "tutoring", `matches/${match.id}/sessions`, {
        body: held ? {
          date: form.date, held: true, durationMinutes: Number(form.duration), childPresent, parentPresent, subjects,
          workedOn: form.workedOn.trim() || null, noteForSas: form.noteForSas.trim() || null,
        } : { date: form.date, held: false, noteForSas: form.noteForSas.trim() || null },
      });
    }
  }
  const label = (f: string) => t(`tutoring.field.${f}`, { defaultValue: f });
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="session-form-title">
      <h3 id="session-form-title">{t("tutoring.record")}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <fieldset>
        <legend>{t("tutoring.field.held")}</legend>
        <div className="choice">
          <label><input type="radio" name="held" checked={held} onChange={() => setHeld(true)} /> {t("tutoring.held")}</label>
          <label><input type="radio" name="held" checked={!held} onChange={() => setHeld(false)} /> {t("tutoring.missed")}</label>
        </div>
      </fieldset>
      <Field label={label("date")} type="date" value={form.date} onChange={set("date")} error={errors.date} required />
      {held && (
        <>
          <Field label={label("durationMinutes")} value={form.duration} onChange={set("duration")} error={errors.durationMinutes} inputMode="numeric" />
          <fieldset>
            <legend>{t("tutoring.subjects")}</legend>
            {match.subjects.map((s) => (
              <Checkbox key={s} label={s} checked={subjects.includes(s)} onChange={(on) => setSubjects((o) => (on ? [...o, s] : o.filter((x) => x !== s)))} />
            ))}
          </fieldset>
          <Checkbox label={label("childPresent")} checked={childPresent} onChange={setChildPresent} />
          <Checkbox label={label("parentPresent")} checked={parentPresent} onChange={setParentPresent} />
          <Field label={label("workedOn")} value={form.workedOn} onChange={set("workedOn")} error={errors.workedOn} />
        </>
      )}
      <Field label={label("noteForSas")} value={form.noteForSas} onChange={set("noteForSas")} error={errors.noteForSas} hint={t("tutoring.noteForSasHint")} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("tutoring.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** School progress per term: grades per subject, attendance, moving up. */
function Progress({ match }: { match: Match }) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState<SchoolProgress[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ term: "", attendance: "" });
  const [grades, setGrades] = useState<Record<string, string>>({});
  const { errors, failure, busy, run } = useSubmit();
  const load = useCallback(() => {
    call<SchoolProgress[]>("GET", "tutoring", `matches/${match.id}/school-progress`).then((r) => setTerms(r.data)).catch(setError);
  }, [match.id]);
  useEffect(load, [load]);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call("PUT", "tutoring", `matches/${match.id}/school-progress`, {
        body: {
          term: form.term.trim(), attendancePercent: form.attendance ? Number(form.attendance) : null, movedUp: null,
          grades: match.subjects.filter((s) => grades[s]).map((s) => ({ subject: s, grade: Number(grades[s]), teacherFeedback: null })),
        },
      });
      setOpen(false);
      load();
    });
  }
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("tutoring.progress")}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {terms && terms.length === 0 && <p>{t("tutoring.noProgress")}</p>}
      {terms && terms.length > 0 && (
        <ul className="cards">
          {terms.map((p) => (
            <li key={p.id} className="card">
              <h3 className="card__title">{t("tutoring.term", { term: p.term })}</h3>
              <p>{p.grades.map((g) => `${g.subject}: ${g.grade ?? "–"}`).join(", ")}
                {p.attendancePercent !== null ? `; ${t("tutoring.attendance", { percent: p.attendancePercent })}` : ""}</p>
            </li>
          ))}
        </ul>
      )}
      {match.status !== "ENDED" && (open ? (
        <form onSubmit={submit} noValidate className="subform" aria-labelledby="progress-form-title">
          <h3 id="progress-form-title">{t("tutoring.addProgress")}</h3>
          <ErrorSummary errors={errors} labels={(f) => t(`tutoring.field.${f.replace(/\[\d+\].*$/, "")}`, { defaultValue: f })} />
          {failure ? <ErrorMessage error={failure} /> : null}
          <Field label={t("tutoring.field.term")} hint={t("tutoring.termHint")} value={form.term} onChange={(v) => setForm((f) => ({ ...f, term: v }))} error={errors.term} required />
          {match.subjects.map((s) => (
            <Select key={s} label={t("tutoring.gradeIn", { subject: s })} value={grades[s] ?? ""} onChange={(v) => setGrades((g) => ({ ...g, [s]: v }))}
              options={[{ value: "", label: "–" }, ...["1", "2", "3", "4", "5"].map((g) => ({ value: g, label: g }))]} />
          ))}
          <Field label={t("tutoring.field.attendancePercent")} value={form.attendance} inputMode="numeric"
            onChange={(v) => setForm((f) => ({ ...f, attendance: v }))} error={errors.attendancePercent} />
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("tutoring.saveProgress")}</GovButton>
            <GovButton color="neutral" type="base" onClick={() => setOpen(false)}>{t("consent.cancel")}</GovButton>
          </div>
        </form>
      ) : <GovButton color="primary" type="outlined" onClick={() => setOpen(true)}>{t("tutoring.addProgress")}</GovButton>)}
    </section>
  );
}
