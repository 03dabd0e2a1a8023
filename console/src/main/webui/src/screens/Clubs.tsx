import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call, type Family, type Page, type SharedFamily } from "../api";
import { ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate } from "../i18n";
import { type Club, type ClubSession, type Enrolment, READINESS_DOMAINS, SCHOOL_ENTRY, today } from "../tutoringTypes";

/** Předškolní kluby: the programme's clubs with places taken and the waiting list; a new club (club leader, on a tablet). */
export function Clubs() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<Club>("clubs", { limit: "50" }, "tutoring");
  const [open, setOpen] = useState(false);
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("clubs.title")}</PageTitle>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("clubs.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title"><Link to={`/kluby/${c.id}`}>{c.name}</Link></h2>
              <dl className="facts">
                <div><dt>{t("clubs.places")}</dt><dd>{t("clubs.taken", { enrolled: c.enrolled, capacity: c.capacity })}</dd></div>
                <div><dt>{t("clubs.waiting")}</dt><dd>{t("clubs.children", { count: c.waiting })}</dd></div>
                <div><dt>{t("clubs.schedule")}</dt><dd>{c.schedule}</dd></div>
                <div><dt>{t("clubs.place")}</dt><dd>{c.place}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
      {open ? <NewClub onDone={() => { setOpen(false); void load(); }} onCancel={() => setOpen(false)} />
        : <GovButton color="primary" type="outlined" onClick={() => setOpen(true)}>{t("clubs.new")}</GovButton>}
    </section>
  );
}

function NewClub({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: "", place: "", leaderName: "", capacity: "12", schedule: "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, busy, run } = useSubmit();
  const label = (f: string) => t(`clubs.field.${f}`, { defaultValue: f });
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call("POST", "tutoring", "clubs", { body: { ...form, capacity: Number(form.capacity) || null } });
      onDone();
    });
  }
  return (
    <form onSubmit={submit} noValidate className="subform narrow" aria-labelledby="club-form-title">
      <h2 id="club-form-title">{t("clubs.new")}</h2>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} /> : null}
      {(["name", "place", "leaderName", "capacity", "schedule"] as const).map((k) => (
        <Field key={k} label={label(k)} value={form[k]} onChange={set(k)} error={errors[k]} required inputMode={k === "capacity" ? "numeric" : undefined} />
      ))}
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("clubs.create")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** One club: the attendance register of a session for the whole group, enrolment and the waiting list, readiness, school entry. */
export function ClubDetail() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: club, error, load } = useRecord<Club>("tutoring", `clubs/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  if (!club) return recordFallback(error, club);
  const enrolled = club.children.filter((c) => c.status === "ENROLLED");
  const waiting = club.children.filter((c) => c.status === "WAITING").sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const done = (message: string) => { setNotice(message); void load(); };
  return (
    <article>
      <PageTitle>{club.name}</PageTitle>
      <p><Link to="/kluby">{t("clubs.back")}</Link> · {club.schedule} · {club.place} · {t("clubs.taken", { enrolled: club.enrolled, capacity: club.capacity })}</p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <Register club={club} enrolled={enrolled} onDone={(s) => done(t("clubs.registerSaved", { present: s.present, enrolled: s.enrolled }))} />
      <section className="panel" aria-labelledby="children-title">
        <h2 id="children-title">{t("clubs.enrolledTitle")}</h2>
        {enrolled.length === 0 && <p>{t("clubs.noChildren")}</p>}
        <ul className="cards">
          {enrolled.map((c) => <ChildCard key={c.id} club={club} child={c} onDone={done} />)}
        </ul>
        <h2>{t("clubs.waitingTitle")}</h2>
        {waiting.length === 0 ? <p>{t("clubs.noWaiting")}</p> : (
          <ol>{waiting.map((c) => <li key={c.id}>{c.childName ?? t("tutoring.withheld")}{c.age !== null ? `, ${t("referrals.age", { count: c.age })}` : ""}</li>)}</ol>
        )}
        <Enrol club={club} onDone={(e) => done(e.status === "WAITING" ? t("clubs.waitingSaved", { position: e.waitingPosition }) : t("clubs.enrolSaved"))} />
      </section>
    </article>
  );
}

/** The attendance register of one session: the whole group on one screen, a tick per child. */
function Register({ club, enrolled, onDone }: { club: Club; enrolled: Enrolment[]; onDone: (s: ClubSession) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [topic, setTopic] = useState("");
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const { errors, failure, busy, run } = useSubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { data } = await call<ClubSession>("POST", "tutoring", `clubs/${club.id}/sessions`, {
        body: { date, topic: topic.trim() || null, attendance: enrolled.map((c) => ({ enrolmentId: c.id, present: !!present[c.id] })) },
      });
      setPresent({});
      setTopic("");
      onDone(data);
    });
  }
  return (
    <section className="panel" aria-labelledby="register-title">
      <h2 id="register-title">{t("clubs.register")}</h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={(f) => t(`clubs.field.${f.replace(/\[\d+\].*$/, "")}`, { defaultValue: f })} />
        {failure ? <ErrorMessage error={failure} /> : null}
        <div className="filters">
          <Field label={t("clubs.field.date")} type="date" value={date} onChange={setDate} error={errors.date} required />
          <Field label={t("clubs.field.topic")} value={topic} onChange={setTopic} error={errors.topic} />
        </div>
        {enrolled.length === 0 ? <p>{t("clubs.noChildren")}</p> : (
          <table className="register-table">
            <caption className="visually-hidden">{t("clubs.register")}</caption>
            <thead><tr><th scope="col">{t("clubs.child")}</th><th scope="col">{t("clubs.present")}</th></tr></thead>
            <tbody>
              {enrolled.map((c) => {
                const name = c.childName ?? t("tutoring.withheld");
                return (
                  <tr key={c.id}>
                    <th scope="row"><label htmlFor={`present-${c.id}`}>{name}</label></th>
                    <td><input id={`present-${c.id}`} type="checkbox" checked={!!present[c.id]}
                      onChange={(e) => setPresent((p) => ({ ...p, [c.id]: e.target.checked }))} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p className="muted">{t("clubs.presentCount", { present: Object.values(present).filter(Boolean).length, enrolled: enrolled.length })}</p>
        <div className="actions">
          <GovButton color="primary" type="solid" nativeType="submit" disabled={busy || enrolled.length === 0} aria-disabled={busy}>{t("clubs.saveRegister")}</GovButton>
        </div>
      </form>
    </section>
  );
}

/** A child of the club: readiness (1-4 per domain), school entry, leaving. */
function ChildCard({ club, child, onDone }: { club: Club; child: Enrolment; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<"readiness" | "school" | null>(null);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [stage, setStage] = useState("ENTRY");
  const [entry, setEntry] = useState({ outcome: "MAINSTREAM", school: "", enteredOn: today() });
  const { errors, failure, busy, run } = useSubmit();
  const base = `clubs/${club.id}/enrolments/${child.id}`;
  const name = child.childName ?? t("tutoring.withheld");
  function saveReadiness(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call("PUT", "tutoring", `${base}/readiness`, {
        body: { stage, assessedOn: today(), scores: Object.fromEntries(Object.entries(scores).filter(([, v]) => v).map(([k, v]) => [k, Number(v)])) },
      });
      setOpen(null);
      onDone(t("clubs.readinessSaved"));
    });
  }
  function saveEntry(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call("PUT", "tutoring", `${base}/school-entry`, { body: { ...entry, school: entry.school.trim() || null } });
      setOpen(null);
      onDone(t("clubs.schoolEntrySaved"));
    });
  }
  return (
    <li className="card">
      <h3 className="card__title">{name}{child.age !== null ? `, ${t("referrals.age", { count: child.age })}` : ""}</h3>
      <p className="muted">{t("clubs.enrolledOn", { date: formatDate(child.enrolledAt) })}
        {child.schoolEntry ? ` · ${t(`schoolEntry.${child.schoolEntry}`)}${child.schoolName ? ` (${child.schoolName})` : ""}` : ""}</p>
      {failure ? <ErrorMessage error={failure} /> : null}
      {open === null && (
        <div className="actions">
          <GovButton color="primary" type="outlined" onClick={() => setOpen("readiness")} aria-label={t("clubs.readinessFor", { name })}>{t("clubs.readiness")}</GovButton>
          <GovButton color="primary" type="outlined" onClick={() => setOpen("school")} aria-label={t("clubs.schoolEntryFor", { name })}>{t("clubs.schoolEntry")}</GovButton>
          <GovButton color="error" type="base" aria-label={t("clubs.leaveFor", { name })}
            onClick={() => void run(async () => { await call("POST", "tutoring", `${base}/leaving`); onDone(t("clubs.left")); })}>{t("clubs.leave")}</GovButton>
        </div>
      )}
      {open === "readiness" && (
        <form onSubmit={saveReadiness} noValidate className="subform" aria-label={t("clubs.readinessFor", { name })}>
          <ErrorSummary errors={errors} labels={(f) => t(`clubs.field.${f.replace(/\[.*$/, "")}`, { defaultValue: f })} />
          <Select label={t("clubs.stage")} value={stage} onChange={setStage}
            options={["ENTRY", "BEFORE_SCHOOL"].map((s) => ({ value: s, label: t(`readinessStage.${s}`) }))} />
          {READINESS_DOMAINS.map((d) => (
            <Select key={d} label={t(`readinessDomain.${d}`)} value={scores[d] ?? ""} onChange={(v) => setScores((s) => ({ ...s, [d]: v }))}
              options={[{ value: "", label: "–" }, ...["1", "2", "3", "4"].map((v) => ({ value: v, label: t(`readinessScore.${v}`) }))]} />
          ))}
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("clubs.saveReadiness")}</GovButton>
            <GovButton color="neutral" type="base" onClick={() => setOpen(null)}>{t("consent.cancel")}</GovButton>
          </div>
        </form>
      )}
      {open === "school" && (
        <form onSubmit={saveEntry} noValidate className="subform" aria-label={t("clubs.schoolEntryFor", { name })}>
          <ErrorSummary errors={errors} labels={(f) => t(`clubs.field.${f}`, { defaultValue: f })} />
          <Select label={t("clubs.field.outcome")} value={entry.outcome} onChange={(v) => setEntry((x) => ({ ...x, outcome: v }))}
            options={SCHOOL_ENTRY.map((s) => ({ value: s, label: t(`schoolEntry.${s}`) }))} />
          <Field label={t("clubs.field.school")} value={entry.school} onChange={(v) => setEntry((x) => ({ ...x, school: v }))} error={errors.school} />
          <Field label={t("clubs.field.enteredOn")} type="date" value={entry.enteredOn} onChange={(v) => setEntry((x) => ({ ...x, enteredOn: v }))} error={errors.enteredOn} />
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("clubs.saveSchoolEntry")}</GovButton>
            <GovButton color="neutral" type="base" onClick={() => setOpen(null)}>{t("consent.cancel")}</GovButton>
          </div>
        </form>
      )}
    </li>
  );
}

/** Enrolment: a child of a family shared with the programme (its TUTORING consent); a full club puts it on the waiting list. */
function Enrol({ club, onDone }: { club: Club; onDone: (e: Enrolment) => void }) {
  const { t } = useTranslation();
  const [families, setFamilies] = useState<SharedFamily[] | null>(null);
  const [familyId, setFamilyId] = useState("");
  const [children, setChildren] = useState<{ id: string; name: string }[]>([]);
  const [childId, setChildId] = useState("");
  const { errors, failure, busy, run } = useSubmit();
  useEffect(() => {
    call<Page<SharedFamily>>("GET", "family", "shared-families", { query: { limit: "100" } })
      .then((r) => setFamilies(r.data.items)).catch(() => setFamilies([]));
  }, []);
  useEffect(() => {
    setChildren([]);
    setChildId("");
    if (!familyId) return;
    call<Family>("GET", "family", `families/${familyId}`).then((r) => {
      const kids = r.data.members.filter((m) => m.role === "CHILD").map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` }));
      setChildren(kids);
      setChildId(kids[0]?.id ?? "");
    }).catch(() => setChildren([]));
  }, [familyId]);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { data } = await call<Enrolment>("POST", "tutoring", `clubs/${club.id}/enrolments`, { body: { familyId, childId } });
      onDone(data);
    });
  }
  if (families === null) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="enrol-title">
      <h3 id="enrol-title">{t("clubs.enrol")}</h3>
      <ErrorSummary errors={errors} labels={(f) => t(`clubs.field.${f}`, { defaultValue: f })} />
      {failure ? <ErrorMessage error={failure} /> : null}
      {families.length === 0 ? <p>{t("clubs.noFamilies")}</p> : (
        <>
          <Select label={t("clubs.field.familyId")} value={familyId} onChange={setFamilyId} error={errors.familyId}
            options={[{ value: "", label: t("clubs.pickFamily") }, ...families.map((f) => ({ value: f.familyId, label: `${f.name}, ${f.municipality}` }))]} />
          {familyId && (
            <Select label={t("clubs.field.childId")} value={childId} onChange={setChildId} error={errors.childId}
              options={children.map((c) => ({ value: c.id, label: c.name }))} />
          )}
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy || !childId}>{t("clubs.enrolButton")}</GovButton>
          </div>
        </>
      )}
    </form>
  );
}
