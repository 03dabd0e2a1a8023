import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call } from "../api";
import { ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate } from "../i18n";
import { today } from "../tutoringTypes";
import { AGE_BANDS, code, options, PLACE_KINDS, type Programme, PROGRAMME_KINDS, type ProgrammeSession } from "../communityTypes";
import { useCommunitySubmit } from "../communitySubmit";
import "../community.css";

const label = (f: string) => code("field", f.replace(/\[\d+\].*$/, ""));

/** Programy: group and community programmes (community work in a hostel, intercultural, seminars, parent groups). */
export function CommunityProgrammes() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<Programme>("programmes", { limit: "50" }, "community");
  const [creating, setCreating] = useState(false);
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("community.programmes.title")}</PageTitle>
      {creating ? <ProgrammeEditor onCancel={() => setCreating(false)} />
        : <p><GovButton color="primary" type="solid" onClick={() => setCreating(true)}>{t("community.programmes.new")}</GovButton></p>}
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("community.programmes.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((p) => (
            <li key={p.id} className="card">
              <h2 className="card__title"><Link to={`/komunita/programy/${p.id}`}>{p.name}</Link></h2>
              <p className="muted">{code("programmeKind", p.kind)} · {code("placeKind", p.placeKind)}, {p.municipality}</p>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

type ProgrammeForm = { kind: string; name: string; placeKind: string; municipality: string; outcomes: string };

const body = (f: ProgrammeForm, facilitators: string[]) => ({
  kind: f.kind, name: f.name.trim(), placeKind: f.placeKind, municipality: f.municipality.trim(), facilitators,
  outcomes: f.outcomes.trim() || null,
});

/**
 * A new programme (kind, name, place, municipality), or a programme changed with its ETag (its outcomes too): a 412
 * keeps what was typed and offers the current state.
 */
function ProgrammeEditor({ programme, etag = null, onDone, onReload, onCancel }: {
  programme?: Programme; etag?: string | null; onDone?: (p: Programme, etag: string | null) => void; onReload?: () => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<ProgrammeForm>({ kind: programme?.kind ?? "COMMUNITY_WORK_HOSTEL", name: programme?.name ?? "",
    placeKind: programme?.placeKind ?? "HOSTEL", municipality: programme?.municipality ?? "", outcomes: programme?.outcomes ?? "" });
  const set = (k: keyof ProgrammeForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useCommunitySubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      if (programme) {
        const answer = await call<Programme>("PUT", "community", `programmes/${programme.id}`, { ifMatch: etag, body: body(form, programme.facilitators) });
        onDone?.(answer.data, answer.etag);
      } else {
        const { data } = await call<Programme>("POST", "community", "programmes", { body: body(form, []) });
        navigate(`/komunita/programy/${data.id}`);
      }
    });
  }
  const title = t(programme ? "community.programmes.edit" : "community.programmes.new");
  return (
    <form onSubmit={submit} noValidate className="subform narrow" aria-label={title}>
      {programme ? <h3>{title}</h3> : <h2>{title}</h2>}
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={onReload && (() => { void onReload().then(() => setFailure(null)); })} /> : null}
      <Field label={label("name")} value={form.name} onChange={set("name")} error={errors.name} required />
      <Select label={label("kind")} value={form.kind} onChange={set("kind")} error={errors.kind} options={options("programmeKind", PROGRAMME_KINDS)} />
      <Select label={label("placeKind")} value={form.placeKind} onChange={set("placeKind")} error={errors.placeKind} options={options("placeKind", PLACE_KINDS)} />
      <Field label={label("municipality")} value={form.municipality} onChange={set("municipality")} error={errors.municipality} required />
      {programme && <Field label={label("outcomes")} value={form.outcomes} onChange={set("outcomes")} error={errors.outcomes} />}
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t(programme ? "community.programmes.save" : "community.programmes.create")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** A programme: where and who, its outcomes (changed with its ETag), its sessions and a new one with counts by age band. */
export function CommunityProgramme() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const record = useRecord<Programme>("community", `programmes/${id}`);
  const sessions = useList<ProgrammeSession>(`programmes/${id}/sessions`, { limit: "20" }, "community");
  const loadSessions = sessions.load;
  const [notice, setNotice] = useState<string | null>(null);
  const [mode, setMode] = useState<"none" | "session" | "edit">("none");
  useEffect(() => { void loadSessions(); }, [loadSessions]);
  if (!record.data) return recordFallback(record.error, record.data);
  const p = record.data;
  return (
    <article>
      <PageTitle>{p.name}</PageTitle>
      <p><Link to="/komunita/programy">{t("community.programmes.back")}</Link></p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="programme-facts">
        <h2 id="programme-facts" className="visually-hidden">{t("community.programmes.facts")}</h2>
        <dl className="facts">
          <div><dt>{label("kind")}</dt><dd>{code("programmeKind", p.kind)}</dd></div>
          <div><dt>{label("placeKind")}</dt><dd>{code("placeKind", p.placeKind)}, {p.municipality}</dd></div>
          <div><dt>{t("community.programmes.facilitators")}</dt><dd>{t("community.programmes.facilitatorCount", { count: p.facilitators.length })}</dd></div>
        </dl>
        <p className="prose"><strong>{label("outcomes")}:</strong> {p.outcomes ?? t("community.programmes.noOutcomes")}</p>
        {mode === "edit"
          ? <ProgrammeEditor programme={p} etag={record.etag} onReload={record.load} onCancel={() => setMode("none")}
              onDone={(next, etag) => { record.update(next, etag); setMode("none"); setNotice(t("community.programmes.saved")); }} />
          : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setMode("edit"); }}>{t("community.programmes.edit")}</GovButton>}
      </section>
      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("community.sessions.title")}</h2>
        {mode === "session"
          ? <RecordSession programme={p} onCancel={() => setMode("none")}
              onDone={(count) => { setMode("none"); setNotice(t("community.sessions.recorded", { count })); void loadSessions(); }} />
          : <GovButton color="primary" type="solid" onClick={() => { setNotice(null); setMode("session"); }}>{t("community.sessions.record")}</GovButton>}
        {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
        {sessions.items && sessions.items.length === 0 && <p>{t("community.sessions.none")}</p>}
        {sessions.items && sessions.items.length > 0 && (
          <ul className="timeline">
            {sessions.items.map((s) => (
              <li key={s.id}>
                <time dateTime={s.date}>{formatDate(s.date)}</time>
                <span>{s.topic}: {t("community.sessions.participants", { count: s.participants })}
                  {" ("}{AGE_BANDS.filter((b) => s.attendance[b]).map((b) => `${code("ageBand", b)}: ${s.attendance[b]}`).join(", ")}{")"}</span>
              </li>
            ))}
          </ul>
        )}
        {sessions.next && <GovButton color="primary" type="outlined" onClick={() => void loadSessions(sessions.next)}>{t("families.more")}</GovButton>}
      </section>
    </article>
  );
}

/** A session: the day, the topic, and how many came in each age band (no names); the total as it is typed. */
function RecordSession({ programme, onDone, onCancel }: { programme: Programme; onDone: (count: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [topic, setTopic] = useState("");
  const [counts, setCounts] = useState<Record<string, string>>({});
  const { errors, setErrors, failure, busy, run } = useCommunitySubmit();
  const filled = AGE_BANDS.filter((b) => (counts[b] ?? "").trim() !== "");
  const total = filled.reduce((sum, b) => sum + (Number(counts[b]) || 0), 0);
  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong: Record<string, string> = {};
    filled.forEach((b) => { if (!/^\d+$/.test(counts[b].trim())) wrong[`attendance.${b}`] = t("community.contacts.number"); });
    if (Object.keys(wrong).length > 0) { setErrors(wrong); return; }
    void run(async () => {
      await call("POST", "community", `programmes/${programme.id}/sessions`, {
        body: { date, topic: topic.trim(), attendance: Object.fromEntries(filled.map((b) => [b, Number(counts[b])])) },
      });
      onDone(total);
    });
  }
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="session-form-title">
      <h3 id="session-form-title">{t("community.sessions.record")}</h3>
      <ErrorSummary errors={errors} labels={(f) => (f.startsWith("attendance.") ? code("ageBand", f.substring(11)) : label(f))} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Field label={label("date")} type="date" value={date} onChange={setDate} error={errors.date} required />
      <Field label={label("topic")} value={topic} onChange={setTopic} error={errors.topic} required />
      <fieldset>
        <legend>{t("community.sessions.attendance")}</legend>
        {errors.attendance && <p className="field-error">{errors.attendance}</p>}
        <div className="minutes-grid">
          {AGE_BANDS.map((b) => (
            <Field key={b} label={t("community.sessions.countOf", { band: code("ageBand", b) })} value={counts[b] ?? ""} inputMode="numeric"
              onChange={(v) => setCounts((c) => ({ ...c, [b]: v }))} error={errors[`attendance.${b}`] ?? errors[`attendance[${b}]`]} />
          ))}
        </div>
        <p role="status" aria-live="polite"><strong>{t("community.sessions.total", { count: total })}</strong></p>
      </fieldset>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("community.sessions.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
