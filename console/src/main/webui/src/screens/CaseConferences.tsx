import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Family } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate, formatDateTime } from "../i18n";
import { type CaseConference, instant, INVITATIONS, PARTICIPANT_KINDS, TASK_STATUSES } from "../conferenceTypes";

/** Případové konference: those my organization convened or takes part in; upcoming only on request. */
export function CaseConferences() {
  const { t } = useTranslation();
  const [upcoming, setUpcoming] = useState(false);
  const { items, next, error, load } = useList<CaseConference>("case-conferences", { upcoming: upcoming ? "true" : undefined, limit: "20" }, "conference");
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("caseConf.title")}</PageTitle>
      <Checkbox label={t("caseConf.onlyUpcoming")} checked={upcoming} onChange={setUpcoming} />
      <p className="muted">{t("caseConf.conveneHint")}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("caseConf.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title"><Link to={`/konference/${c.id}`}>{c.familyName ?? t("caseConf.familyHidden")} – {formatDateTime(c.scheduledFor)}</Link></h2>
              <dl className="facts">
                <div><dt>{t("caseConf.status")}</dt><dd><span className={`status status--${c.status.toLowerCase()}`}>{t(`caseConfStatus.${c.status}`)}</span></dd></div>
                {c.place && <div><dt>{t("caseConf.place")}</dt><dd>{c.place}</dd></div>}
                <div><dt>{t("caseConf.convener")}</dt><dd>{c.organization}{c.convenerName ? ` (${c.convenerName})` : ""}</dd></div>
                <div><dt>{t("caseConf.tasks")}</dt><dd>{t("caseConf.openTasks", { count: c.tasks.filter((x) => x.status === "OPEN").length })}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

/** Convene a case conference about a family of my organization (from its case file). */
export function ConveneConference({ ospod }: { ospod: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const { data: family, error: loadError } = useRecord<Family>("family", `families/${id}`);
  const [form, setForm] = useState({ purpose: "", scheduledFor: "", place: "", statutoryReference: "" });
  const [children, setChildren] = useState<string[]>([]);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, setErrors, failure, busy, run } = useSubmit();
  if (!family) return recordFallback(loadError, family);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.scheduledFor) { setErrors({ scheduledFor: t("errors.required") }); return; }
    void run(async () => {
      const { data } = await call<CaseConference>("POST", "conference", "case-conferences", {
        body: { familyId: id, purpose: form.purpose.trim(), scheduledFor: instant(form.scheduledFor), place: form.place.trim(),
          statutoryReference: form.statutoryReference.trim() || null, childIds: children },
      });
      navigate(`/konference/${data.id}`);
    });
  }
  const label = (f: string) => t(`caseConf.field.${f}`, { defaultValue: f });
  return (
    <article className="narrow">
      <PageTitle>{t("caseConf.convene", { family: family.name })}</PageTitle>
      <p><Link to={`/rodiny/${id}`}>{t("newReferral.back")}</Link></p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={label} />
        {failure ? <ErrorMessage error={failure} /> : null}
        <Field label={label("purpose")} value={form.purpose} onChange={set("purpose")} error={errors.purpose} required />
        <Field label={label("scheduledFor")} type="datetime-local" value={form.scheduledFor} onChange={set("scheduledFor")} error={errors.scheduledFor} required />
        <Field label={label("place")} value={form.place} onChange={set("place")} error={errors.place} required />
        {ospod && <Field label={label("statutoryReference")} value={form.statutoryReference} onChange={set("statutoryReference")}
          error={errors.statutoryReference} hint={t("caseConf.statutoryHint")} />}
        <fieldset>
          <legend>{label("childIds")}</legend>
          <p className="muted">{t("caseConf.childrenHint")}</p>
          {family.members.filter((m) => m.role === "CHILD").map((m) => (
            <Checkbox key={m.id} label={`${m.firstName} ${m.lastName}`} checked={children.includes(m.id)}
              onChange={(on) => setChildren((c) => (on ? [...c, m.id] : c.filter((x) => x !== m.id)))} />
          ))}
        </fieldset>
        <div className="actions"><GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("caseConf.conveneButton")}</GovButton></div>
      </form>
    </article>
  );
}

/** One case conference: participants and invitations, the minutes with the child's view, tasks and their follow-up. */
export function CaseConferenceDetail({ organization }: { organization: string | null }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: conf, etag, error, setError, load, update } = useRecord<CaseConference>("conference", `case-conferences/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<"participant" | "minutes" | "cancel" | null>(null);
  if (!conf) return recordFallback(error, conf);
  const c = conf;
  const ours = c.organization === organization;
  const done = (updated: CaseConference, version: string | null, message: string) => { update(updated, version); setOpen(null); setNotice(message); };
  const nameOf = (pid: string) => c.participants.find((p) => p.id === pid)?.name ?? "";
  const post = (path: string, body: unknown, message: string) => call<CaseConference>("POST", "conference", `case-conferences/${c.id}/${path}`, { body, ifMatch: etag })
    .then((r) => done(r.data, r.etag, message));
  return (
    <article>
      <PageTitle>{t("caseConf.detailTitle", { family: c.familyName ?? t("caseConf.familyHidden"), date: formatDateTime(c.scheduledFor) })}</PageTitle>
      <p><Link to="/konference">{t("caseConf.back")}</Link>{c.familyId && <> · <Link to={`/rodiny/${c.familyId}`}>{t("caseConf.toFile")}</Link></>}</p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="conf-facts">
        <h2 id="conf-facts" className="visually-hidden">{t("caseConf.facts")}</h2>
        <dl className="facts">
          <div><dt>{t("caseConf.status")}</dt><dd><span className={`status status--${c.status.toLowerCase()}`}>{t(`caseConfStatus.${c.status}`)}</span></dd></div>
          {c.place && <div><dt>{t("caseConf.place")}</dt><dd>{c.place}</dd></div>}
          <div><dt>{t("caseConf.convener")}</dt><dd>{c.organization}{c.convenerName ? ` (${c.convenerName})` : ""}</dd></div>
          {c.statutoryReference && <div><dt>{t("caseConf.field.statutoryReference")}</dt><dd>{c.statutoryReference}</dd></div>}
          {c.nextMeetingAt && <div><dt>{t("caseConf.field.nextMeetingAt")}</dt><dd>{formatDateTime(c.nextMeetingAt)}</dd></div>}
        </dl>
        {c.purpose && <p className="prose"><strong>{t("caseConf.field.purpose")}:</strong> {c.purpose}</p>}
        {c.cancelReason && <p><strong>{t("caseConf.cancelReason")}:</strong> {c.cancelReason}</p>}
      </section>
      <section className="panel" aria-labelledby="participants-title">
        <h2 id="participants-title">{t("caseConf.participants")}</h2>
        {c.participants.length === 0 && <p>{t("caseConf.noParticipants")}</p>}
        <ul className="people">
          {c.participants.map((p) => (
            <li key={p.id}>
              <strong>{p.name ?? p.organization}</strong> – {t(`participantKind.${p.kind}`)}
              {p.institution ? `, ${p.institution}` : ""}{p.role ? `, ${p.role}` : ""}{p.organization && p.kind === "WORKER" ? ` (${p.organization})` : ""}
              {" · "}{t(`invitation.${p.invitation}`)}{p.access === "NONE" ? ` · ${t("caseConf.noAccess")}` : ""}
              {ours && c.status !== "CLOSED" && c.status !== "CANCELLED" && (
                <InvitationSelect participantName={p.name ?? p.organization ?? ""} value={p.invitation}
                  onChange={(v) => call<CaseConference>("PUT", "conference", `case-conferences/${c.id}/participants/${p.id}`, { body: { invitation: v }, ifMatch: etag })
                    .then((r) => done(r.data, r.etag, t("caseConf.invitationSaved"))).catch((e) => { setError(e instanceof ApiError && e.conflict ? null : e); void load(); })} />
              )}
            </li>
          ))}
        </ul>
        {ours && c.status === "PLANNED" && (open === "participant"
          ? <AddParticipant conf={c} etag={etag} onReload={load} onCancel={() => setOpen(null)} onDone={(u, v) => done(u, v, t("caseConf.participantAdded"))} />
          : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setOpen("participant"); }}>{t("caseConf.addParticipant")}</GovButton>)}
      </section>
      <section className="panel" aria-labelledby="minutes-title">
        <h2 id="minutes-title">{t("caseConf.minutes")}</h2>
        {c.situation ? (
          <dl className="facts facts--wide">
            <div><dt>{t("caseConf.field.situation")}</dt><dd className="prose">{c.situation}</dd></div>
            <div><dt>{t("caseConf.field.childView")}</dt><dd className="prose">{c.childView}{c.childPresent ? ` (${t("caseConf.childWasPresent")})` : ""}</dd></div>
            <div><dt>{t("caseConf.field.decisions")}</dt><dd className="prose">{c.decisions}</dd></div>
          </dl>
        ) : <p>{t("caseConf.noMinutes")}</p>}
        {ours && c.status === "PLANNED" && (open === "minutes"
          ? <Minutes conf={c} etag={etag} onReload={load} onCancel={() => setOpen(null)} onDone={(u, v) => done(u, v, t("caseConf.minutesSaved"))} />
          : <GovButton color="primary" type="solid" onClick={() => { setNotice(null); setOpen("minutes"); }}>{t("caseConf.recordMinutes")}</GovButton>)}
      </section>
      <section className="panel" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t("caseConf.tasks")}</h2>
        {c.tasks.length === 0 && <p>{t("caseConf.noTasks")}</p>}
        <ul className="cards">
          {c.tasks.map((task) => (
            <li key={task.id} className="card">
              <h3 className="card__title">{task.what}</h3>
              <p>{nameOf(task.ownerParticipantId)} · {t("caseConf.due", { date: formatDate(task.dueDate) })} · <span className={`status status--${task.status.toLowerCase()}`}>{t(`taskStatus.${task.status}`)}</span>
                {task.followUpNote ? ` – ${task.followUpNote}` : ""}</p>
              {ours && (c.status === "HELD" || c.status === "FOLLOW_UP") && (
                <TaskFollowUp conf={c} taskId={task.id} what={task.what} etag={etag} onReload={load} onDone={(u, v) => done(u, v, t("caseConf.taskSaved"))} />
              )}
            </li>
          ))}
        </ul>
      </section>
      {ours && (
        <section className="panel" aria-labelledby="conf-actions">
          <h2 id="conf-actions">{t("referral.actions")}</h2>
          <div className="actions">
            {c.status === "HELD" && <GovButton color="primary" type="outlined" onClick={() => void post("follow-up", {}, t("caseConf.followedUp")).catch(setError)}>{t("caseConf.followUp")}</GovButton>}
            {(c.status === "HELD" || c.status === "FOLLOW_UP") && <GovButton color="primary" type="outlined" onClick={() => void post("closure", undefined, t("caseConf.closed")).catch(setError)}>{t("caseConf.close")}</GovButton>}
            {c.status === "PLANNED" && open !== "cancel" && <GovButton color="error" type="outlined" onClick={() => setOpen("cancel")}>{t("caseConf.cancel")}</GovButton>}
          </div>
          {open === "cancel" && <CancelForm onCancel={() => setOpen(null)} submit={(reason) => post("cancellation", { reason }, t("caseConf.cancelled"))} onReload={load} />}
        </section>
      )}
    </article>
  );
}

function InvitationSelect({ participantName, value, onChange }: { participantName: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="inline-select">
      <span className="visually-hidden">{t("caseConf.invitationOf", { name: participantName })}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {INVITATIONS.map((i) => <option key={i} value={i}>{t(`invitation.${i}`)}</option>)}
      </select>
    </label>
  );
}

interface SubProps { conf: CaseConference; etag: string | null; onReload: () => Promise<void>; onCancel?: () => void; onDone: (c: CaseConference, etag: string | null) => void }

function AddParticipant({ conf, etag, onReload, onCancel, onDone }: SubProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: "EXTERNAL", organization: "", organizationType: "", memberId: "", name: "", institution: "", role: "" });
  const [members, setMembers] = useState<{ id: string; name: string }[]>([]);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  useEffect(() => {
    if (!conf.familyId) return;
    call<Family>("GET", "family", `families/${conf.familyId}`).then((r) => setMembers(r.data.members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` })))).catch(() => setMembers([]));
  }, [conf.familyId]);
  function submit(e: FormEvent) {
    e.preventDefault();
    const f = form;
    void run(async () => {
      const r = await call<CaseConference>("POST", "conference", `case-conferences/${conf.id}/participants`, {
        body: f.kind === "FAMILY_MEMBER" ? { kind: f.kind, memberId: f.memberId || members[0]?.id || null, role: f.role.trim() || null }
          : { kind: f.kind, name: f.name.trim() || null, institution: f.institution.trim() || null, role: f.role.trim() || null,
            organization: f.kind === "WORKER" ? f.organization.trim() || null : null, organizationType: f.kind === "WORKER" ? f.organizationType.trim() || null : null },
        ifMatch: etag,
      });
      onDone(r.data, r.etag);
    });
  }
  const label = (f: string) => t(`caseConf.field.${f}`, { defaultValue: f });
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="participant-form-title">
      <h3 id="participant-form-title">{t("caseConf.addParticipant")}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      <Select label={label("kind")} value={form.kind} onChange={set("kind")} options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`participantKind.${k}`) }))} />
      {form.kind === "FAMILY_MEMBER" ? (
        <Select label={label("memberId")} value={form.memberId || members[0]?.id || ""} onChange={set("memberId")} error={errors.memberId}
          options={members.map((m) => ({ value: m.id, label: m.name }))} />
      ) : (
        <>
          <Field label={label("name")} value={form.name} onChange={set("name")} error={errors.name} />
          {form.kind === "WORKER" && <Field label={label("organization")} hint={t("caseConf.organizationHint")} value={form.organization} onChange={set("organization")} error={errors.organization} />}
          {form.kind === "WORKER" && <Field label={label("organizationType")} value={form.organizationType} onChange={set("organizationType")} error={errors.organizationType} />}
          {form.kind === "EXTERNAL" && <Field label={label("institution")} value={form.institution} onChange={set("institution")} error={errors.institution} />}
        </>
      )}
      <Field label={label("role")} value={form.role} onChange={set("role")} error={errors.role} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("caseConf.saveParticipant")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

interface TaskDraft { what: string; owner: string; due: string }

/** The minutes: the situation, the child's view (even when absent), each participant's view, decisions, tasks. */
function Minutes({ conf, etag, onReload, onCancel, onDone }: SubProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ situation: "", childView: "", decisions: "", nextMeetingAt: "" });
  const [childPresent, setChildPresent] = useState(false);
  const [views, setViews] = useState<Record<string, string>>({});
  const [tasks, setTasks] = useState<TaskDraft[]>([]);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  const owners = conf.participants.map((p) => ({ value: p.id, label: p.name ?? p.organization ?? "" }));
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const r = await call<CaseConference>("POST", "conference", `case-conferences/${conf.id}/minutes`, {
        body: {
          situation: form.situation.trim(), childView: form.childView.trim(), childPresent, decisions: form.decisions.trim(),
          views: Object.entries(views).filter(([, v]) => v.trim()).map(([participantId, view]) => ({ participantId, view: view.trim() })),
          tasks: tasks.map((x) => ({ what: x.what.trim(), ownerParticipantId: x.owner || null, dueDate: x.due || null })),
          nextMeetingAt: instant(form.nextMeetingAt),
        },
        ifMatch: etag,
      });
      onDone(r.data, r.etag);
    });
  }
  const label = (f: string) => {
    const m = /^tasks\[(\d+)\]\.(\w+)$/.exec(f);
    return m ? t("caseConf.taskField", { n: Number(m[1]) + 1, field: t(`caseConf.field.task_${m[2]}`) }) : t(`caseConf.field.${f}`, { defaultValue: f });
  };
  const setTask = (i: number, k: keyof TaskDraft) => (v: string) => setTasks((all) => all.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="minutes-form-title">
      <h3 id="minutes-form-title">{t("caseConf.recordMinutes")}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      <Field label={label("situation")} value={form.situation} onChange={set("situation")} error={errors.situation} required />
      <Field label={label("childView")} hint={t("caseConf.childViewHint")} value={form.childView} onChange={set("childView")} error={errors.childView} required />
      <Checkbox label={label("childPresent")} checked={childPresent} onChange={setChildPresent} />
      {conf.participants.map((p) => (
        <Field key={p.id} label={t("caseConf.viewOf", { name: p.name ?? p.organization ?? "" })} value={views[p.id] ?? ""}
          onChange={(v) => setViews((all) => ({ ...all, [p.id]: v }))} />
      ))}
      <Field label={label("decisions")} value={form.decisions} onChange={set("decisions")} error={errors.decisions} required />
      {tasks.map((task, i) => (
        <fieldset key={i} className="member">
          <legend>{t("caseConf.taskN", { n: i + 1 })}</legend>
          <Field label={t("caseConf.taskField", { n: i + 1, field: t("caseConf.field.task_what") })} value={task.what} onChange={setTask(i, "what")} error={errors[`tasks[${i}].what`]} />
          <Select label={t("caseConf.taskField", { n: i + 1, field: t("caseConf.field.task_ownerParticipantId") })} value={task.owner} onChange={setTask(i, "owner")}
            error={errors[`tasks[${i}].ownerParticipantId`]} options={[{ value: "", label: "–" }, ...owners]} />
          <Field label={t("caseConf.taskField", { n: i + 1, field: t("caseConf.field.task_dueDate") })} type="date" value={task.due} onChange={setTask(i, "due")} error={errors[`tasks[${i}].dueDate`]} />
        </fieldset>
      ))}
      <GovButton color="primary" type="base" onClick={() => setTasks((all) => [...all, { what: "", owner: owners[0]?.value ?? "", due: "" }])}>{t("caseConf.addTask")}</GovButton>
      <Field label={label("nextMeetingAt")} type="datetime-local" value={form.nextMeetingAt} onChange={set("nextMeetingAt")} error={errors.nextMeetingAt} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("caseConf.saveMinutes")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

function TaskFollowUp({ conf, taskId, what, etag, onReload, onDone }: SubProps & { taskId: string; what: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState("DONE");
  const [note, setNote] = useState("");
  const { errors, failure, setFailure, busy, run } = useSubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const r = await call<CaseConference>("PUT", "conference", `case-conferences/${conf.id}/tasks/${taskId}`, { body: { status, followUpNote: note.trim() || null }, ifMatch: etag });
      onDone(r.data, r.etag);
    });
  }
  return (
    <form onSubmit={submit} noValidate className="progress" aria-label={t("caseConf.followUpOf", { what })}>
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      <Select label={t("caseConf.taskStatusOf", { what })} value={status} onChange={setStatus} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))} />
      <Field label={t("caseConf.followUpNote")} value={note} onChange={setNote} error={errors.followUpNote} />
      <div className="filters__submit"><GovButton color="primary" type="outlined" nativeType="submit" disabled={busy}>{t("caseConf.saveTask")}</GovButton></div>
    </form>
  );
}

function CancelForm({ submit, onCancel, onReload }: { submit: (reason: string) => Promise<void>; onCancel: () => void; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { errors, setErrors, failure, setFailure, busy, run } = useSubmit();
  function send(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) { setErrors({ reason: t("errors.required") }); return; }
    void run(() => submit(reason.trim()));
  }
  return (
    <form onSubmit={send} noValidate className="subform" aria-label={t("caseConf.cancel")}>
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      <Field label={t("caseConf.cancelReason")} value={reason} onChange={setReason} error={errors.reason} required />
      <div className="actions">
        <GovButton color="error" type="solid" nativeType="submit" disabled={busy}>{t("caseConf.confirmCancel")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
