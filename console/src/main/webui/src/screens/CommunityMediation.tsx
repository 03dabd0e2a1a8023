import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call } from "../api";
import { ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate, formatMinutes } from "../i18n";
import { today } from "../tutoringTypes";
import {
  code, type MediationCase, MEDIATION_MODES, MEDIATION_OUTCOMES, MEDIATION_TYPES, type MediationSession, options, type PartyLabel,
} from "../communityTypes";
import { useCommunitySubmit } from "../communitySubmit";

const label = (f: string) => code("field", f.replace(/\[\d+\].*$/, ""));
const state = (m: MediationCase) => (m.outcome ? code("outcome", m.outcome) : code("outcome", "OPEN"));

/** Mediace: the organization's mediation cases, parties as labels and roles (never names), to an outcome. */
export function CommunityMediations() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<MediationCase>("mediation-cases", { limit: "50" }, "community");
  const [creating, setCreating] = useState(false);
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("community.mediation.title")}</PageTitle>
      {creating ? <NewMediation onCancel={() => setCreating(false)} />
        : <p><GovButton color="primary" type="solid" onClick={() => setCreating(true)}>{t("community.mediation.new")}</GovButton></p>}
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("community.mediation.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((m) => (
            <li key={m.id} className="card">
              <h2 className="card__title"><Link to={`/komunita/mediace/${m.id}`}>{m.parties.map((p) => p.label).join(" × ")}</Link></h2>
              <p className="muted">{code("mediationType", m.type)} · {code("mediationMode", m.mode)} · {t("community.mediation.since", { date: formatDate(m.openedOn) })}
                {" · "}<span className={`status status--${m.outcome ? "closed" : "active"}`}>{state(m)}</span></p>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

/** A new mediation: what it is about, who mediates, the day it opened, two or more parties as labels and roles. */
function NewMediation({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState({ type: "NEIGHBOUR", mode: "COMMUNITY", openedOn: today() });
  const [parties, setParties] = useState<PartyLabel[]>([{ label: "", role: "" }, { label: "", role: "" }]);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const setParty = (i: number, k: keyof PartyLabel) => (v: string) => setParties((ps) => ps.map((p, j) => (j === i ? { ...p, [k]: v } : p)));
  const { errors, failure, busy, run } = useCommunitySubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { data } = await call<MediationCase>("POST", "community", "mediation-cases", {
        body: { ...form, parties: parties.map((p) => ({ label: p.label.trim(), role: p.role.trim() })) },
      });
      navigate(`/komunita/mediace/${data.id}`);
    });
  }
  return (
    <form onSubmit={submit} noValidate className="subform narrow" aria-labelledby="mediation-form-title">
      <h2 id="mediation-form-title">{t("community.mediation.new")}</h2>
      <ErrorSummary errors={errors} labels={(f) => {
        const party = /^parties\[(\d+)\]\.(label|role)$/.exec(f);
        return party ? t("community.mediation.partyField", { n: Number(party[1]) + 1, field: label(party[2]) }) : label(f);
      }} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Select label={label("type")} value={form.type} onChange={set("type")} error={errors.type} options={options("mediationType", MEDIATION_TYPES)} />
      <Select label={label("mode")} value={form.mode} onChange={set("mode")} error={errors.mode} options={options("mediationMode", MEDIATION_MODES)} />
      <Field label={label("openedOn")} type="date" value={form.openedOn} onChange={set("openedOn")} error={errors.openedOn} required />
      {parties.map((p, i) => (
        <fieldset key={i}>
          <legend>{t("community.mediation.party", { n: i + 1 })}</legend>
          <Field label={t("community.mediation.partyLabel", { n: i + 1 })} hint={i === 0 ? t("community.mediation.partyHint") : undefined}
            value={p.label} onChange={setParty(i, "label")} error={errors[`parties[${i}].label`]} required />
          <Field label={t("community.mediation.partyRole", { n: i + 1 })} value={p.role} onChange={setParty(i, "role")} error={errors[`parties[${i}].role`]} required />
          {i >= 2 && <GovButton color="neutral" type="base" onClick={() => setParties((ps) => ps.filter((_, j) => j !== i))}>
            {t("community.mediation.removeParty", { n: i + 1 })}</GovButton>}
        </fieldset>
      ))}
      {errors.parties && <p className="field-error">{errors.parties}</p>}
      <div className="actions">
        <GovButton color="primary" type="outlined" onClick={() => setParties((ps) => [...ps, { label: "", role: "" }])}>{t("community.mediation.addParty")}</GovButton>
      </div>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("community.mediation.create")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** A mediation: the parties, its sessions (a new one while it is open), and how it ended (with its ETag). */
export function CommunityMediation() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const record = useRecord<MediationCase>("community", `mediation-cases/${id}`);
  const sessions = useList<MediationSession>(`mediation-cases/${id}/sessions`, { limit: "20" }, "community");
  const loadSessions = sessions.load;
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { void loadSessions(); }, [loadSessions]);
  if (!record.data) return recordFallback(record.error, record.data);
  const m = record.data;
  return (
    <article>
      <PageTitle>{t("community.mediation.caseTitle", { type: code("mediationType", m.type) })}</PageTitle>
      <p><Link to="/komunita/mediace">{t("community.mediation.back")}</Link></p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="mediation-facts">
        <h2 id="mediation-facts" className="visually-hidden">{t("community.mediation.facts")}</h2>
        <dl className="facts">
          <div><dt>{label("mode")}</dt><dd>{code("mediationMode", m.mode)}</dd></div>
          <div><dt>{label("openedOn")}</dt><dd>{formatDate(m.openedOn)}</dd></div>
          <div><dt>{label("outcome")}</dt><dd><span className={`status status--${m.outcome ? "closed" : "active"}`}>{state(m)}</span>
            {m.closedOn ? ` (${formatDate(m.closedOn)})` : ""}</dd></div>
        </dl>
        <h3>{t("community.mediation.parties")}</h3>
        <ul className="people">{m.parties.map((p, i) => <li key={i}>{p.label} – {p.role}</li>)}</ul>
      </section>
      <section className="panel" aria-labelledby="msessions-title">
        <h2 id="msessions-title">{t("community.mediation.sessions")}</h2>
        {!m.outcome && <MediationSessionForm caseId={m.id} onDone={() => { setNotice(t("community.mediation.sessionRecorded")); void loadSessions(); }} />}
        {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
        {sessions.items && sessions.items.length === 0 && <p>{t("community.mediation.noSessions")}</p>}
        {sessions.items && sessions.items.length > 0 && (
          <ul className="timeline">
            {sessions.items.map((s) => <li key={s.id}><time dateTime={s.date}>{formatDate(s.date)}</time><span>{formatMinutes(s.durationMinutes)}</span></li>)}
          </ul>
        )}
      </section>
      {!m.outcome && (
        <section className="panel" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t("community.mediation.close")}</h2>
          <CloseMediation mediation={m} etag={record.etag} onReload={record.load}
            onDone={(next, etag) => { record.update(next, etag); setNotice(t("community.mediation.closed", { outcome: code("outcome", next.outcome ?? "") })); }} />
        </section>
      )}
    </article>
  );
}

function MediationSessionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [duration, setDuration] = useState("60");
  const { errors, setErrors, failure, busy, run } = useCommunitySubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\d+$/.test(duration.trim())) { setErrors({ durationMinutes: t("community.contacts.number") }); return; }
    void run(async () => {
      await call("POST", "community", `mediation-cases/${caseId}/sessions`, { body: { date, durationMinutes: Number(duration) } });
      onDone();
    });
  }
  return (
    <form onSubmit={submit} noValidate className="filters" aria-label={t("community.mediation.recordSession")}>
      <Field label={label("date")} type="date" value={date} onChange={setDate} error={errors.date} required />
      <Field label={label("durationMinutes")} value={duration} onChange={setDuration} error={errors.durationMinutes} inputMode="numeric" required />
      <div className="filters__submit">
        <GovButton color="primary" type="outlined" nativeType="submit" disabled={busy}>{t("community.mediation.recordSession")}</GovButton>
      </div>
      {failure ? <ErrorMessage error={failure} /> : null}
    </form>
  );
}

/** The outcome and the day, sent with the mediation's ETag; a 412 keeps the choice and offers the current state. */
function CloseMediation({ mediation, etag, onDone, onReload }: {
  mediation: MediationCase; etag: string | null; onDone: (m: MediationCase, etag: string | null) => void; onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState("AGREEMENT_REACHED");
  const [closedOn, setClosedOn] = useState(today());
  const { errors, failure, setFailure, busy, run } = useCommunitySubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const answer = await call<MediationCase>("PUT", "community", `mediation-cases/${mediation.id}/outcome`, { ifMatch: etag, body: { outcome, closedOn } });
      onDone(answer.data, answer.etag);
    });
  }
  return (
    <form onSubmit={submit} noValidate className="narrow" aria-labelledby="outcome-title">
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => { void onReload().then(() => setFailure(null)); }} /> : null}
      <Select label={label("outcome")} value={outcome} onChange={setOutcome} error={errors.outcome} options={options("outcome", MEDIATION_OUTCOMES)} />
      <Field label={label("closedOn")} type="date" value={closedOn} onChange={setClosedOn} error={errors.closedOn} required />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("community.mediation.saveOutcome")}</GovButton>
      </div>
    </form>
  );
}
