import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call, type Consent, type Page } from "../api";
import { ErrorMessage, ErrorSummary, Field, PageTitle, Select } from "../components";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { consentLabel } from "../consentLabel";
import { formatDate, formatDateTime } from "../i18n";
import { DECLINE_REASONS, OUTCOMES, type Referral } from "../referralTypes";
import { childrenText } from "./Referrals";

/** Each action's path under /referrals/{id}/ (EDIT is the draft's PUT, not offered here). */
const ACTION_PATHS: Record<string, string> = {
  SEND: "sending", ACCEPT: "acceptance", DECLINE: "decline", START: "start", COMPLETE: "completion",
  CLOSE: "closure", WITHDRAW: "withdrawal", RESUME: "resumption",
};

/** One referral as my organization sees it, with the actions the service allows us now (allowedActions). */
export function ReferralDetail() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: referral, etag, error, load, update } = useRecord<Referral>("referral", `referrals/${id}`);
  const [action, setAction] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!referral) return recordFallback(error, referral);
  const r = referral;
  const actions = r.allowedActions.filter((a) => ACTION_PATHS[a]);
  return (
    <article>
      <PageTitle>{t("referral.title", { from: r.sender.name ?? r.sender.organization, to: r.recipient.name ?? r.recipient.organization })}</PageTitle>
      <p><Link to="/doporuceni">{t("referral.back")}</Link></p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="referral-facts">
        <h2 id="referral-facts" className="visually-hidden">{t("referral.facts")}</h2>
        <dl className="facts">
          <div><dt>{t("referrals.status")}</dt><dd>
            <span className={`status status--${r.status.toLowerCase()}`}>{t(`referralStatus.${r.status}`)}</span>
            {r.overdue && <> <span className="overdue">{t("referrals.overdue")}</span></>}
          </dd></div>
          <div><dt>{t("referrals.urgency")}</dt><dd>{t(`urgency.${r.urgency}`)}</dd></div>
          {r.dueAt && <div><dt>{t("referrals.due")}</dt><dd>{formatDateTime(r.dueAt)}</dd></div>}
          <div><dt>{t("referral.family")}</dt><dd>
            {r.familyId && r.family?.name ? <Link to={`/rodiny/${r.familyId}`}>{r.family.name}</Link> : (r.family?.name ?? t("referral.familyHidden"))}
            {r.family?.municipality ? `, ${r.family.municipality}` : ""}
          </dd></div>
          <div><dt>{t("referrals.children")}</dt><dd>{childrenText(t, r)}</dd></div>
          <div><dt>{t("referral.sender")}</dt><dd>{r.sender.name ?? r.sender.organization}{r.sender.workerName ? ` (${r.sender.workerName})` : ""}</dd></div>
          <div><dt>{t("referral.recipient")}</dt><dd>{r.recipient.name ?? r.recipient.organization}{r.recipient.workerName ? ` (${r.recipient.workerName})` : ""}</dd></div>
          <div><dt>{t("referral.basis")}</dt><dd>{t(`basis.${r.basis}`)}{r.statutoryReference ? `: ${r.statutoryReference}` : ""}</dd></div>
          <div><dt>{t("referral.scopes")}</dt><dd>{r.scopes.map((s) => t(`scope.${s}`)).join(", ")}</dd></div>
          {r.sentAt && <div><dt>{t("referral.sentAt")}</dt><dd>{formatDateTime(r.sentAt)}</dd></div>}
          {r.acceptedAt && <div><dt>{t("referral.acceptedAt")}</dt><dd>{formatDateTime(r.acceptedAt)}</dd></div>}
          {r.completedAt && <div><dt>{t("referral.completedAt")}</dt><dd>{formatDate(r.completedAt)}</dd></div>}
        </dl>
        <h3>{t("referral.reason")}</h3>
        <p className="prose">{r.reason}</p>
        <h3>{t("referral.request")}</h3>
        <p className="prose">{r.request}</p>
        {r.statusReasonCode && <p><strong>{t("referral.statusReason")}:</strong> {t(`statusReason.${r.statusReasonCode}`, { defaultValue: r.statusReasonCode })}{r.statusNote ? ` – ${r.statusNote}` : ""}</p>}
        {!r.statusReasonCode && r.statusNote && <p><strong>{t("referral.note")}:</strong> {r.statusNote}</p>}
        {r.outcome && <p><strong>{t("referral.outcome")}:</strong> {t(`outcome.${r.outcome}`)}</p>}
        {r.outcomeReport && <p className="prose"><strong>{t("referral.report")}:</strong> {r.outcomeReport}</p>}
      </section>
      {actions.length > 0 && (
        <section className="panel" aria-labelledby="referral-actions">
          <h2 id="referral-actions">{t("referral.actions")}</h2>
          {action === null ? (
            <div className="actions">
              {actions.map((a) => (
                <GovButton key={a} color={a === "DECLINE" || a === "WITHDRAW" ? "error" : "primary"} type={a === actions[0] ? "solid" : "outlined"}
                  onClick={() => { setNotice(null); setAction(a); }}>{t(`referralAction.${a}`)}</GovButton>
              ))}
            </div>
          ) : (
            <ActionForm referral={r} action={action} etag={etag} onReload={load} onCancel={() => setAction(null)}
              onDone={(updated, version) => { update(updated, version); setAction(null); setNotice(t(`referralDone.${action}`)); }} />
          )}
        </section>
      )}
    </article>
  );
}

interface ActionProps {
  referral: Referral; action: string; etag: string | null; onReload: () => Promise<void>; onCancel: () => void;
  onDone: (r: Referral, etag: string | null) => void;
}

/** The form of one action, sent with the referral's version (If-Match): a 412 keeps what was typed. */
function ActionForm({ referral, action, etag, onReload, onCancel, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ note: "", reasonCode: "NO_CAPACITY", outcome: "GOALS_MET", report: "", consentId: "", statutoryReference: "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, setErrors, failure, setFailure, busy, run } = useSubmit();
  const [consents, setConsents] = useState<Consent[]>([]);
  useEffect(() => {
    if (action !== "RESUME" || !referral.familyId) return;
    call<Page<Consent>>("GET", "family", `families/${referral.familyId}/consents`, { query: { limit: "100" } })
      .then(({ data }) => setConsents(data.items.filter((c) => c.status === "VALID" && c.purpose === "SHARING")))
      .catch(() => setConsents([]));
  }, [action, referral.familyId]);

  function body(): unknown {
    switch (action) {
      case "ACCEPT": case "WITHDRAW": return { note: form.note.trim() || null };
      case "DECLINE": return { reasonCode: form.reasonCode, note: form.note.trim() };
      case "COMPLETE": return { outcome: form.outcome, report: form.report.trim() };
      case "RESUME": return { consentId: form.consentId || null, statutoryReference: form.statutoryReference.trim() || null };
      default: return undefined;
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (action === "DECLINE" && !form.note.trim()) local.note = t("errors.required");
    if (action === "COMPLETE" && !form.report.trim()) local.report = t("errors.required");
    if (Object.keys(local).length) { setErrors(local); return; }
    void run(async () => {
      const { data, etag: version } = await call<Referral>("POST", "referral", `referrals/${referral.id}/${ACTION_PATHS[action]}`, { body: body(), ifMatch: etag });
      onDone(data, version);
    });
  }
  const label = (field: string) => t(`referral.field.${field}`, { defaultValue: field });
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="action-title">
      <h3 id="action-title">{t(`referralAction.${action}`)}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      {action === "DECLINE" && (
        <Select label={label("reasonCode")} value={form.reasonCode} onChange={set("reasonCode")} error={errors.reasonCode}
          options={DECLINE_REASONS.map((d) => ({ value: d, label: t(`declineReason.${d}`) }))} />
      )}
      {action === "COMPLETE" && (
        <>
          <Select label={label("outcome")} value={form.outcome} onChange={set("outcome")} error={errors.outcome}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          <Field label={label("report")} value={form.report} onChange={set("report")} error={errors.report} required
            hint={t("referral.reportHint")} />
        </>
      )}
      {action === "RESUME" && (
        <>
          <Select label={label("consentId")} value={form.consentId} onChange={set("consentId")} error={errors.consentId}
            options={[{ value: "", label: t("referral.noConsent") }, ...consents.map((c) => ({
              value: c.id, label: consentLabel(t, "referral", c),
            }))]} />
          <Field label={label("statutoryReference")} value={form.statutoryReference} onChange={set("statutoryReference")}
            error={errors.statutoryReference} hint={t("referral.statutoryHint")} />
        </>
      )}
      {(action === "ACCEPT" || action === "DECLINE" || action === "WITHDRAW") && (
        <Field label={label(action === "ACCEPT" ? "acceptNote" : "note")} value={form.note} onChange={set("note")} error={errors.note}
          required={action === "DECLINE"} />
      )}
      {(action === "SEND" || action === "START" || action === "CLOSE") && <p>{t(`referralConfirm.${action}`)}</p>}
      <div className="actions">
        <GovButton color={action === "DECLINE" || action === "WITHDRAW" ? "error" : "primary"} type="solid" nativeType="submit"
          disabled={busy} aria-disabled={busy}>{t(`referralConfirm.button.${action}`)}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
