import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call, type Consent, type Family, type Page } from "../api";
import { ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { consentLabel } from "../consentLabel";
import { formatDate, formatDateTime } from "../i18n";
import { type CoordinatorCandidate, type FamilyConference, FGC_PHASES, type FgcPlanItem, instant } from "../conferenceTypes";

/** Rodinné konference: my organization's (as referrer or coordinator); a coordination organization also those awaiting one. */
export function FamilyConferences({ coordination }: { coordination: boolean }) {
  const { t } = useTranslation();
  const mine = useList<FamilyConference>("family-conferences", { limit: "20" }, "conference");
  const awaiting = useList<FamilyConference>("family-conferences/awaiting-coordinator", { limit: "20" }, "conference");
  const loadMine = mine.load;
  const loadAwaiting = awaiting.load;
  useEffect(() => { void loadMine(); if (coordination) void loadAwaiting(); }, [loadMine, loadAwaiting, coordination]);
  return (
    <section>
      <PageTitle>{t("fgc.title")}</PageTitle>
      <p className="muted">{t("fgc.offerHint")}</p>
      {coordination && (
        <>
          <h2>{t("fgc.awaiting")}</h2>
          {awaiting.error ? <ErrorMessage error={awaiting.error} /> : null}
          {awaiting.items && awaiting.items.length === 0 && <p>{t("fgc.noneAwaiting")}</p>}
          {awaiting.items && awaiting.items.length > 0 && <FgcCards items={awaiting.items} />}
        </>
      )}
      <h2>{t("fgc.ours")}</h2>
      {mine.error ? <ErrorMessage error={mine.error} /> : null}
      {mine.items === null && !mine.error && <Loading />}
      {mine.items && mine.items.length === 0 && <p>{t("fgc.none")}</p>}
      {mine.items && mine.items.length > 0 && <FgcCards items={mine.items} />}
      {mine.next && <GovButton color="primary" type="outlined" onClick={() => void loadMine(mine.next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

function FgcCards({ items }: { items: FamilyConference[] }) {
  const { t } = useTranslation();
  return (
    <ul className="cards">
      {items.map((c) => (
        <li key={c.id} className="card">
          <h3 className="card__title"><Link to={`/rodinne-konference/${c.id}`}>{c.familyName ?? c.municipality ?? t("caseConf.familyHidden")}{c.kind === "REVIEW" ? ` (${t("fgc.review")})` : ""}</Link></h3>
          <dl className="facts">
            <div><dt>{t("caseConf.status")}</dt><dd><span className={`status status--${c.status.toLowerCase()}`}>{t(`fgcStatus.${c.status}`)}</span></dd></div>
            <div><dt>{t("fgc.referrer")}</dt><dd>{c.referrerOrganization}</dd></div>
            <div><dt>{t("fgc.coordinator")}</dt><dd>{c.coordinatorName ?? "–"}</dd></div>
            {c.scheduledFor && <div><dt>{t("caseConf.field.scheduledFor")}</dt><dd>{formatDateTime(c.scheduledFor)}</dd></div>}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The offer, from the family's case file: the concern, the family's question, the bottom lines, wishes for the coordinator. */
export function OfferFamilyConference() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const { data: family, error: loadError } = useRecord<Family>("family", `families/${id}`);
  const [form, setForm] = useState({ concern: "", question: "", requestedLanguage: "", requestedGender: "" });
  const [lines, setLines] = useState<string[]>([""]);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, busy, run } = useSubmit();
  if (!family) return recordFallback(loadError, family);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { data } = await call<FamilyConference>("POST", "conference", "family-conferences", {
        body: { familyId: id, concern: form.concern.trim(), question: form.question.trim(), bottomLines: lines.map((l) => l.trim()).filter(Boolean),
          requestedLanguage: form.requestedLanguage.trim() || null, requestedGender: form.requestedGender || null },
      });
      navigate(`/rodinne-konference/${data.id}`);
    });
  }
  const label = (f: string) => {
    const m = /^bottomLines\[(\d+)\]$/.exec(f);
    return m ? t("fgc.bottomLineN", { n: Number(m[1]) + 1 }) : t(`fgc.field.${f}`, { defaultValue: f });
  };
  return (
    <article className="narrow">
      <PageTitle>{t("fgc.offer", { family: family.name })}</PageTitle>
      <p><Link to={`/rodiny/${id}`}>{t("newReferral.back")}</Link></p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={label} />
        {failure ? <ErrorMessage error={failure} /> : null}
        <Field label={label("concern")} value={form.concern} onChange={set("concern")} error={errors.concern} required />
        <Field label={label("question")} hint={t("fgc.questionHint")} value={form.question} onChange={set("question")} error={errors.question} required />
        <fieldset>
          <legend>{t("fgc.bottomLines")}</legend>
          <p className="muted">{t("fgc.bottomLinesHint")}</p>
          {lines.map((l, i) => (
            <Field key={i} label={label(`bottomLines[${i}]`)} value={l} onChange={(v) => setLines((all) => all.map((x, j) => (j === i ? v : x)))}
              error={errors[`bottomLines[${i}]`] ?? (i === 0 ? errors.bottomLines : undefined)} required={i === 0} />
          ))}
          <GovButton color="primary" type="base" onClick={() => setLines((all) => [...all, ""])}>{t("fgc.addBottomLine")}</GovButton>
        </fieldset>
        <Field label={label("requestedLanguage")} value={form.requestedLanguage} onChange={set("requestedLanguage")} error={errors.requestedLanguage} />
        <Select label={label("requestedGender")} value={form.requestedGender} onChange={set("requestedGender")} error={errors.requestedGender}
          options={[{ value: "", label: t("fgc.noWish") }, { value: "FEMALE", label: t("gender.FEMALE") }, { value: "MALE", label: t("gender.MALE") }]} />
        <div className="actions"><GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("fgc.offerButton")}</GovButton></div>
      </form>
    </article>
  );
}

/**
 * One family group conference as my organization sees it: the offer, the family's decision, the coordinator and
 * invitations, the arrangements and the three phases, the family's plan and the referrer's decision against the bottom
 * lines, the review. Each step the service allows us now (allowedSteps) has its form, sent with If-Match.
 */
export function FamilyConferenceDetail() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const { data: conf, etag, error, load, update } = useRecord<FamilyConference>("conference", `family-conferences/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [members, setMembers] = useState<{ id: string; name: string; role: string }[]>([]);
  useEffect(() => {
    if (!conf?.familyId) return;
    call<Family>("GET", "family", `families/${conf.familyId}`)
      .then((r) => setMembers(r.data.members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, role: m.role })))).catch(() => setMembers([]));
  }, [conf?.familyId]);
  if (!conf) return recordFallback(error, conf);
  const c = conf;
  const steps = c.allowedSteps;
  /** A step's call with the conference's version; the answer replaces the conference on screen. */
  const send = async (method: string, path: string, body: unknown, message: string) => {
    const r = await call<FamilyConference>(method, "conference", `family-conferences/${c.id}${path}`, { body, ifMatch: etag });
    if (r.data.id !== c.id) { navigate(`/rodinne-konference/${r.data.id}`); return; }
    update(r.data, r.etag);
    setNotice(message);
  };
  const props = { conf: c, members, send, reload: load };
  const phaseIndex = FGC_PHASES.indexOf(c.status);
  return (
    <article>
      <PageTitle>{t("fgc.detailTitle", { family: c.familyName ?? c.municipality ?? t("caseConf.familyHidden") })}</PageTitle>
      <p><Link to="/rodinne-konference">{t("fgc.back")}</Link>{c.familyId && <> · <Link to={`/rodiny/${c.familyId}`}>{t("caseConf.toFile")}</Link></>}</p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="fgc-offer">
        <h2 id="fgc-offer">{t("fgc.offerTitle")}</h2>
        <dl className="facts">
          <div><dt>{t("caseConf.status")}</dt><dd><span className={`status status--${c.status.toLowerCase()}`}>{t(`fgcStatus.${c.status}`)}</span></dd></div>
          <div><dt>{t("fgc.referrer")}</dt><dd>{c.referrerOrganization}{c.referrerName ? ` (${c.referrerName})` : ""}</dd></div>
          <div><dt>{t("fgc.coordinator")}</dt><dd>{c.coordinatorName ? `${c.coordinatorName} (${c.coordinatorOrganization})` : "–"}</dd></div>
          {c.scheduledFor && <div><dt>{t("caseConf.field.scheduledFor")}</dt><dd>{formatDateTime(c.scheduledFor)}{c.place ? `, ${c.place}` : ""}</dd></div>}
          {c.interpreter && <div><dt>{t("fgc.field.interpreter")}</dt><dd>{c.interpreter}</dd></div>}
          {c.childcare && <div><dt>{t("fgc.field.childcare")}</dt><dd>{c.childcare}</dd></div>}
        </dl>
        <p className="prose"><strong>{t("fgc.field.concern")}:</strong> {c.concern}</p>
        <p className="prose"><strong>{t("fgc.field.question")}:</strong> {c.question}</p>
        <h3>{t("fgc.bottomLines")}</h3>
        <ol>{c.bottomLines.map((b, i) => <li key={i}>{b}</li>)}</ol>
        {c.cancelReason && <p><strong>{t("caseConf.cancelReason")}:</strong> {c.cancelReason}</p>}
      </section>
      {phaseIndex >= 0 || c.informationStartedAt ? (
        <section className="panel" aria-labelledby="fgc-phases">
          <h2 id="fgc-phases">{t("fgc.phases")}</h2>
          <ol className="phases">
            {FGC_PHASES.map((p, i) => (
              <li key={p} aria-current={i === phaseIndex ? "step" : undefined} className={i === phaseIndex ? "phase phase--current" : "phase"}>{t(`fgcPhase.${p}`)}</li>
            ))}
          </ol>
          {c.privateTimeStartedAt && <p className="muted">{t("fgc.privateTime", { from: formatDateTime(c.privateTimeStartedAt), to: c.privateTimeEndedAt ? formatDateTime(c.privateTimeEndedAt) : "…" })}</p>}
        </section>
      ) : null}
      <Invitees {...props} canInvite={steps.includes("INVITE")} referrer={steps.includes("DECIDE_PLAN") || steps.includes("CANCEL") || steps.includes("REVIEW")} />
      {c.plan && (
        <section className="panel" aria-labelledby="fgc-plan">
          <h2 id="fgc-plan">{t("fgc.plan", { title: c.plan.title })}</h2>
          <ul className="cards">
            {c.plan.items.map((item, i) => (
              <li key={i} className="card">
                <h3 className="card__title">{item.what}</h3>
                <p>{item.whoKind === "MEMBER" ? members.find((m) => m.id === item.whoMemberId)?.name ?? "" : item.whoName} · {t("caseConf.due", { date: formatDate(item.byWhen) })} · {t("fgc.howWeKnow")}: {item.howWeKnow}</p>
              </li>
            ))}
          </ul>
          <p><strong>{t("fgc.field.ifItDoesNotWork")}:</strong> {c.plan.ifItDoesNotWork}</p>
          {c.plan.reviewDate && <p>{t("fgc.reviewOn", { date: formatDate(c.plan.reviewDate) })}</p>}
          {c.rejectionReason && <GovMessage color="warning"><p>{t("fgc.rejected", { line: c.rejectedBottomLine !== null ? c.bottomLines[c.rejectedBottomLine] ?? "" : "", reason: c.rejectionReason })}</p></GovMessage>}
        </section>
      )}
      {c.noPlanNote && <p><strong>{t("fgcStatus.NO_PLAN")}:</strong> {c.noPlanNote}</p>}
      {steps.length > 0 && (
        <section className="panel" aria-labelledby="fgc-steps">
          <h2 id="fgc-steps">{t("referral.actions")}</h2>
          {steps.includes("FAMILY_DECISION") && <FamilyDecisionForm {...props} />}
          {steps.includes("ASSIGN_COORDINATOR") && <AssignCoordinator {...props} />}
          {steps.includes("ARRANGE") && <Arrangements {...props} />}
          {steps.includes("START") && <OneClick {...props} path="/information-sharing" label={t("fgc.start")} done={t("fgc.started")} />}
          {steps.includes("CONTRIBUTE") && <Contribution {...props} />}
          {steps.includes("PRIVATE_TIME") && <OneClick {...props} path="/private-family-time" label={t("fgc.privateTimeStart")} done={t("fgc.privateTimeStarted")} />}
          {steps.includes("PRESENTATION") && <OneClick {...props} path="/plan-presentation" label={t("fgc.presentationStart")} done={t("fgc.presentationStarted")} />}
          {steps.includes("PRESENT_PLAN") && <PlanForm {...props} />}
          {steps.includes("NO_PLAN") && <TextStep {...props} method="POST" path="/no-plan" field="note" label={t("fgc.field.noPlanNote")} button={t("fgc.noPlan")} done={t("fgc.noPlanSaved")} />}
          {steps.includes("DECIDE_PLAN") && <PlanDecision {...props} />}
          {steps.includes("REVIEW") && <OneClick {...props} path="/review" label={t("fgc.startReview")} done={t("fgc.reviewStarted")} />}
          {steps.includes("CANCEL") && <TextStep {...props} method="POST" path="/cancellation" field="reason" label={t("caseConf.cancelReason")} button={t("fgc.cancel")} done={t("fgc.cancelled")} danger />}
        </section>
      )}
    </article>
  );
}

interface StepProps {
  conf: FamilyConference; members: { id: string; name: string; role: string }[];
  send: (method: string, path: string, body: unknown, message: string) => Promise<void>; reload: () => Promise<void>;
}

/** A step's form: its errors beside the fields, a 412 offered a reload while the typed input stays. */
function StepForm({ title, children, onSubmit, failure, setFailure, errors, busy, button, reload, danger }: {
  title: string; children?: ReactNode; onSubmit: (e: FormEvent) => void; failure: unknown; setFailure: (e: unknown) => void;
  errors: Record<string, string>; busy: boolean; button: string; reload: () => Promise<void>; danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate className="subform" aria-label={title}>
      <h3>{title}</h3>
      <ErrorSummary errors={errors} labels={(f) => t(`fgc.field.${f.replace(/\[\d+\].*$/, "")}`, { defaultValue: f })} />
      {failure ? <ErrorMessage error={failure} onReload={() => void reload().then(() => setFailure(null))} /> : null}
      {children}
      <div className="actions"><GovButton color={danger ? "error" : "primary"} type="solid" nativeType="submit" disabled={busy}>{button}</GovButton></div>
    </form>
  );
}

function OneClick({ send, reload, path, label, done }: StepProps & { path: string; label: string; done: string }) {
  const { errors, failure, setFailure, busy, run } = useSubmit();
  return (
    <StepForm title={label} button={label} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("POST", path, {}, done)); }} />
  );
}

function TextStep({ send, reload, method, path, field, label, button, done, danger }: StepProps & { method: string; path: string; field: string; label: string; button: string; done: string; danger?: boolean }) {
  const [text, setText] = useState("");
  const { errors, failure, setFailure, busy, run } = useSubmit();
  return (
    <StepForm title={button} button={button} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload} danger={danger}
      onSubmit={(e) => { e.preventDefault(); void run(() => send(method, path, { [field]: text.trim() }, done)); }}>
      <Field label={label} value={text} onChange={setText} error={errors[field]} required />
    </StepForm>
  );
}

function FamilyDecisionForm({ conf, members, send, reload }: StepProps) {
  const { t } = useTranslation();
  const adults = members.filter((m) => m.role !== "CHILD" && m.role !== "SIBLING");
  const [decision, setDecision] = useState("CONSENTED");
  const [memberId, setMemberId] = useState("");
  const [consentId, setConsentId] = useState("");
  const [note, setNote] = useState("");
  const [consents, setConsents] = useState<Consent[]>([]);
  const { errors, failure, setFailure, busy, run } = useSubmit();
  useEffect(() => {
    if (!conf.familyId) return;
    call<Page<Consent>>("GET", "family", `families/${conf.familyId}/consents`, { query: { limit: "100" } })
      .then((r) => { const valid = r.data.items.filter((c) => c.status === "VALID" && c.purpose === "FAMILY_CONFERENCE"); setConsents(valid); setConsentId(valid[0]?.id ?? ""); })
      .catch(() => setConsents([]));
  }, [conf.familyId]);
  const member = memberId || adults[0]?.id || "";
  return (
    <StepForm title={t("fgc.familyDecision")} button={t("fgc.saveDecision")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("POST", "/family-decision", { decision, memberId: member, consentId: decision === "CONSENTED" ? consentId || null : null, note: note.trim() || null }, t("fgc.decisionSaved"))); }}>
      <Select label={t("fgc.field.decision")} value={decision} onChange={setDecision} error={errors.decision}
        options={["CONSENTED", "DECLINED"].map((d) => ({ value: d, label: t(`fgcDecision.${d}`) }))} />
      <Select label={t("fgc.field.memberId")} value={member} onChange={setMemberId} error={errors.memberId} options={adults.map((m) => ({ value: m.id, label: m.name }))} />
      {decision === "CONSENTED" && (
        <Select label={t("fgc.field.consentId")} value={consentId} onChange={setConsentId} error={errors.consentId}
          options={consents.length === 0 ? [{ value: "", label: t("fgc.noConsent") }] : consents.map((c) => ({ value: c.id, label: consentLabel(t, "newReferral", c) }))} />
      )}
      <Field label={t("fgc.field.note")} value={note} onChange={setNote} error={errors.note} />
    </StepForm>
  );
}

function AssignCoordinator({ conf, send, reload }: StepProps) {
  const { t } = useTranslation();
  const [candidates, setCandidates] = useState<CoordinatorCandidate[] | null>(null);
  const [chosen, setChosen] = useState("");
  const { errors, failure, setFailure, busy, run } = useSubmit();
  useEffect(() => {
    call<CoordinatorCandidate[]>("GET", "conference", `family-conferences/${conf.id}/coordinator-candidates`).then((r) => {
      setCandidates(r.data);
      setChosen(r.data.find((c) => c.independent)?.coordinatorId ?? "");
    }).catch(setFailure);
  }, [conf.id, setFailure]);
  return (
    <StepForm title={t("fgc.assign")} button={t("fgc.assignButton")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("PUT", "/coordinator", { coordinatorId: chosen || null }, t("fgc.assigned"))); }}>
      {candidates === null ? <Loading /> : (
        <fieldset>
          <legend>{t("fgc.candidates")}</legend>
          {candidates.map((c) => (
            <div key={c.coordinatorId} className="checkbox">
              <input type="radio" id={`cand-${c.coordinatorId}`} name="coordinator" checked={chosen === c.coordinatorId} disabled={!c.independent}
                onChange={() => setChosen(c.coordinatorId)} />
              <label htmlFor={`cand-${c.coordinatorId}`}>
                {c.name} ({c.organization}{c.languages.length ? `; ${c.languages.join(", ")}` : ""})
                {c.independent ? (c.matchesLanguage && c.matchesGender ? ` – ${t("fgc.matchesWishes")}` : "") : ` – ${t("fgc.notIndependent", { why: c.notIndependentBecause ?? "" })}`}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </StepForm>
  );
}

function Arrangements({ conf, send, reload }: StepProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ scheduledFor: "", place: conf.place ?? "", interpreter: conf.interpreter ?? "", childcare: conf.childcare ?? "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  return (
    <StepForm title={t("fgc.arrange")} button={t("fgc.saveArrangements")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("PUT", "/arrangements", { scheduledFor: instant(form.scheduledFor), place: form.place.trim(), interpreter: form.interpreter.trim() || null, childcare: form.childcare.trim() || null }, t("fgc.arranged"))); }}>
      <Field label={t("fgc.field.scheduledFor")} type="datetime-local" value={form.scheduledFor} onChange={set("scheduledFor")} error={errors.scheduledFor} required />
      <Field label={t("fgc.field.place")} value={form.place} onChange={set("place")} error={errors.place} required />
      <Field label={t("fgc.field.interpreter")} value={form.interpreter} onChange={set("interpreter")} error={errors.interpreter} />
      <Field label={t("fgc.field.childcare")} value={form.childcare} onChange={set("childcare")} error={errors.childcare} />
    </StepForm>
  );
}

function Contribution({ conf, send, reload }: StepProps) {
  const { t } = useTranslation();
  const professionals = conf.invitees.filter((i) => i.kind === "PROFESSIONAL" && i.status !== "EXCLUDED");
  const [form, setForm] = useState({ inviteeId: professionals[0]?.id ?? "", information: "", concerns: "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  if (professionals.length === 0) return null;
  return (
    <StepForm title={t("fgc.contribute")} button={t("fgc.saveContribution")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("POST", "/contributions", { inviteeId: form.inviteeId, information: form.information.trim(), concerns: form.concerns.trim() || null }, t("fgc.contributed"))); }}>
      <Select label={t("fgc.field.inviteeId")} value={form.inviteeId} onChange={set("inviteeId")} options={professionals.map((p) => ({ value: p.id, label: p.name ?? "" }))} />
      <Field label={t("fgc.field.information")} value={form.information} onChange={set("information")} error={errors.information} required />
      <Field label={t("fgc.field.concerns")} value={form.concerns} onChange={set("concerns")} error={errors.concerns} />
    </StepForm>
  );
}

function PlanForm({ conf, members, send, reload }: StepProps) {
  const { t } = useTranslation();
  const empty = (): FgcPlanItem => ({ what: "", whoKind: "MEMBER", whoMemberId: members[0]?.id ?? null, whoName: "", byWhen: "", howWeKnow: "" });
  const [title, setTitle] = useState(conf.plan?.title ?? "");
  const [reviewDate, setReviewDate] = useState(conf.plan?.reviewDate ?? "");
  const [ifNot, setIfNot] = useState(conf.plan?.ifItDoesNotWork ?? "");
  const [items, setItems] = useState<FgcPlanItem[]>(conf.plan?.items.length ? conf.plan.items : [empty()]);
  const { errors, failure, setFailure, busy, run } = useSubmit();
  const setItem = (i: number, k: keyof FgcPlanItem) => (v: string) => setItems((all) => all.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  return (
    <StepForm title={t("fgc.presentPlan")} button={t("fgc.savePlan")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("PUT", "/plan", {
        title: title.trim(), reviewDate: reviewDate || null, ifItDoesNotWork: ifNot.trim(),
        items: items.map((x) => ({ what: x.what.trim(), whoKind: x.whoKind, whoMemberId: x.whoKind === "MEMBER" ? x.whoMemberId || members[0]?.id || null : null,
          whoName: x.whoKind === "MEMBER" ? null : (x.whoName ?? "").trim() || null, byWhen: x.byWhen || null, howWeKnow: x.howWeKnow.trim() })),
      }, t("fgc.planSaved"))); }}>
      <Field label={t("fgc.field.title")} value={title} onChange={setTitle} error={errors.title} required />
      {items.map((x, i) => (
        <fieldset key={i} className="member">
          <legend>{t("fgc.itemN", { n: i + 1 })}</legend>
          <Field label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.what") })} value={x.what} onChange={setItem(i, "what")} error={errors[`items[${i}].what`]} required />
          <Select label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.whoKind") })} value={x.whoKind} onChange={setItem(i, "whoKind")}
            options={["MEMBER", "FRIEND", "SERVICE"].map((k) => ({ value: k, label: t(`fgcWho.${k}`) }))} />
          {x.whoKind === "MEMBER"
            ? <Select label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.whoMemberId") })} value={x.whoMemberId ?? ""} onChange={setItem(i, "whoMemberId")}
                error={errors[`items[${i}].whoMemberId`]} options={members.map((m) => ({ value: m.id, label: m.name }))} />
            : <Field label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.whoName") })} value={x.whoName ?? ""} onChange={setItem(i, "whoName")} error={errors[`items[${i}].whoName`]} />}
          <Field label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.byWhen") })} type="date" value={x.byWhen} onChange={setItem(i, "byWhen")} error={errors[`items[${i}].byWhen`]} required />
          <Field label={t("fgc.itemField", { n: i + 1, field: t("fgc.field.howWeKnow") })} value={x.howWeKnow} onChange={setItem(i, "howWeKnow")} error={errors[`items[${i}].howWeKnow`]} required />
        </fieldset>
      ))}
      <GovButton color="primary" type="base" onClick={() => setItems((all) => [...all, empty()])}>{t("fgc.addItem")}</GovButton>
      <Field label={t("fgc.field.ifItDoesNotWork")} value={ifNot} onChange={setIfNot} error={errors.ifItDoesNotWork} required />
      <Field label={t("fgc.field.reviewDate")} type="date" value={reviewDate} onChange={setReviewDate} error={errors.reviewDate} />
    </StepForm>
  );
}

function PlanDecision({ conf, send, reload }: StepProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState("ACCEPTED");
  const [line, setLine] = useState("0");
  const [reason, setReason] = useState("");
  const { errors, failure, setFailure, busy, run } = useSubmit();
  return (
    <StepForm title={t("fgc.decidePlan")} button={t("fgc.saveDecision")} errors={errors} failure={failure} setFailure={setFailure} busy={busy} reload={reload}
      onSubmit={(e) => { e.preventDefault(); void run(() => send("POST", "/plan-decision", decision === "ACCEPTED" ? { decision } : { decision, bottomLine: Number(line), reason: reason.trim() },
        t(decision === "ACCEPTED" ? "fgc.planAccepted" : "fgc.planRejected"))); }}>
      <Select label={t("fgc.field.planDecision")} value={decision} onChange={setDecision}
        options={["ACCEPTED", "REJECTED"].map((d) => ({ value: d, label: t(`fgcPlanDecision.${d}`) }))} />
      {decision === "REJECTED" && (
        <>
          <Select label={t("fgc.field.bottomLine")} value={line} onChange={setLine} error={errors.bottomLine}
            options={conf.bottomLines.map((b, i) => ({ value: String(i), label: b }))} />
          <Field label={t("fgc.field.reason")} value={reason} onChange={setReason} error={errors.reason} required />
        </>
      )}
    </StepForm>
  );
}

/** Invitations: family members, the network and professionals; answers, exclusion with a reason, appeal and its decision. */
function Invitees({ conf, members, send, reload, canInvite, referrer }: StepProps & { canInvite: boolean; referrer: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: "FAMILY_MEMBER", memberId: "", name: "", relation: "", organization: "" });
  const [answer, setAnswer] = useState<Record<string, { status: string; reason: string }>>({});
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  if (conf.invitees.length === 0 && !canInvite) return null;
  const invite = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await send("POST", "/invitees", form.kind === "FAMILY_MEMBER" ? { kind: form.kind, memberId: form.memberId || members[0]?.id || null, relation: form.relation.trim() || null }
        : { kind: form.kind, name: form.name.trim() || null, relation: form.relation.trim() || null, organization: form.organization.trim() || null }, t("fgc.invited"));
      setForm((f) => ({ ...f, name: "", relation: "", organization: "" }));
    });
  };
  return (
    <section className="panel" aria-labelledby="fgc-invitees">
      <h2 id="fgc-invitees">{t("fgc.invitees")}</h2>
      {failure ? <ErrorMessage error={failure} onReload={() => void reload().then(() => setFailure(null))} /> : null}
      <ul className="cards">
        {conf.invitees.map((i) => {
          const name = i.name ?? members.find((m) => m.id === i.memberId)?.name ?? "";
          const a = answer[i.id] ?? { status: i.status === "INVITED" ? "AGREED" : i.status, reason: "" };
          return (
            <li key={i.id} className="card">
              <h3 className="card__title">{name}{i.relation ? ` (${i.relation})` : ""}</h3>
              <p>{t(`fgcInviteeKind.${i.kind}`)} · {t(`fgcInvitee.${i.status}`)}{i.exclusionReason ? ` – ${i.exclusionReason}` : ""}
                {i.appeal ? ` · ${t("fgc.appealed", { appeal: i.appeal })}` : ""}{i.appealOutcome ? ` · ${t(`appealOutcome.${i.appealOutcome}`)}` : ""}</p>
              {i.information && <p className="prose">{i.information}{i.concerns ? ` – ${i.concerns}` : ""}</p>}
              {canInvite && i.status === "INVITED" && (
                <form className="progress" noValidate aria-label={t("fgc.answerFormOf", { name })}
                  onSubmit={(e) => { e.preventDefault(); void run(() => send("PUT", `/invitees/${i.id}`, { status: a.status, exclusionReason: a.status === "EXCLUDED" ? a.reason.trim() : null }, t("fgc.answered"))); }}>
                  <Select label={t("fgc.answerOf", { name })} value={a.status} onChange={(v) => setAnswer((all) => ({ ...all, [i.id]: { ...a, status: v } }))}
                    options={["AGREED", "DECLINED", "EXCLUDED"].map((s) => ({ value: s, label: t(`fgcInvitee.${s}`) }))} />
                  {a.status === "EXCLUDED" && <Field label={t("fgc.exclusionReasonOf", { name })} value={a.reason} error={errors.exclusionReason}
                    onChange={(v) => setAnswer((all) => ({ ...all, [i.id]: { ...a, reason: v } }))} required />}
                  <div className="filters__submit"><GovButton color="primary" type="outlined" nativeType="submit" disabled={busy}>{t("fgc.saveAnswer")}</GovButton></div>
                </form>
              )}
              {canInvite && i.status === "EXCLUDED" && !i.appeal && (
                <TextStep conf={conf} members={members} send={send} reload={reload} method="POST" path={`/invitees/${i.id}/appeal`} field="appeal"
                  label={t("fgc.field.appeal")} button={t("fgc.appealOf", { name })} done={t("fgc.appealSaved")} />
              )}
              {referrer && i.appealOutcome === "PENDING" && (
                <div className="actions">
                  {["UPHELD", "OVERTURNED"].map((o) => (
                    <GovButton key={o} color="primary" type="outlined" disabled={busy}
                      onClick={() => void run(() => send("POST", `/invitees/${i.id}/appeal-decision`, { outcome: o }, t("fgc.appealDecided")))}>{t(`appealDecide.${o}`)}</GovButton>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {canInvite && (
        <form onSubmit={invite} noValidate className="subform" aria-labelledby="invite-title">
          <h3 id="invite-title">{t("fgc.invite")}</h3>
          <ErrorSummary errors={errors} labels={(f) => t(`fgc.field.${f}`, { defaultValue: f })} />
          <Select label={t("fgc.field.kind")} value={form.kind} onChange={set("kind")} options={["FAMILY_MEMBER", "NETWORK", "PROFESSIONAL"].map((k) => ({ value: k, label: t(`fgcInviteeKind.${k}`) }))} />
          {form.kind === "FAMILY_MEMBER"
            ? <Select label={t("fgc.field.memberId")} value={form.memberId || members[0]?.id || ""} onChange={set("memberId")} error={errors.memberId} options={members.map((m) => ({ value: m.id, label: m.name }))} />
            : <Field label={t("fgc.field.name")} value={form.name} onChange={set("name")} error={errors.name} required />}
          <Field label={t("fgc.field.relation")} value={form.relation} onChange={set("relation")} error={errors.relation} />
          {form.kind === "PROFESSIONAL" && <Field label={t("fgc.field.organization")} value={form.organization} onChange={set("organization")} error={errors.organization} />}
          <div className="actions"><GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("fgc.inviteButton")}</GovButton></div>
        </form>
      )}
    </section>
  );
}
