import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Page, type StaffMember } from "../api";
import { ErrorMessage, Field, Loading, PageTitle } from "../components";
import { useList } from "../useList";
import { recordFallback, useRecord } from "../useRecord";
import { useSubmit } from "../useSubmit";
import { formatDate, formatDateTime } from "../i18n";
import { type Approval, type ApprovalPolicy, APPROVAL_STATUSES, versionTag } from "../workTypes";
import "../work.css";

/** The organization's staff by id (requesters and approvers are user ids): one call, the names Keycloak knows. */
function useStaffNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    call<Page<StaffMember>>("GET", "family", "staff", { query: { limit: "100" } })
      .then((r) => setNames(Object.fromEntries(r.data.items.map((s) => [s.id, s.name])))).catch(() => undefined);
  }, []);
  return names;
}

/**
 * Schvalování: the approver's queue (the organization's pending requests of a role the user has), and the decided
 * ones. Approving or returning (with a reason) sends the request's version (If-Match).
 */
export function Approvals({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState("PENDING");
  const { items, next, error, load } = useList<Approval>("approvals", { status, limit: "20" });
  useEffect(() => { void load(); }, [load]);
  const names = useStaffNames();
  const [notice, setNotice] = useState<string | null>(null);
  // The queue: what waits for a role I have; decided requests are listed whole.
  const shown = items?.filter((a) => status !== "PENDING" || roles.includes(a.approverRole)) ?? null;
  return (
    <section>
      <PageTitle>{t("approvals.title")}</PageTitle>
      <div className="tabs" role="group" aria-label={t("approvals.show")}>
        {APPROVAL_STATUSES.map((s) => (
          <button key={s} type="button" className="tab" aria-pressed={status === s} onClick={() => { setNotice(null); setStatus(s); }}>
            {t(`approvals.tab.${s}`)}
          </button>
        ))}
      </div>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      {error ? <ErrorMessage error={error} /> : null}
      {shown === null && !error && <Loading />}
      {shown && shown.length === 0 && <p>{t(`approvals.empty.${status}`)}</p>}
      {shown && shown.length > 0 && (
        <ul className="cards" aria-label={t("approvals.results")}>
          {shown.map((a) => (
            <li key={a.id} className="card">
              <ApprovalCard approval={a} names={names} etag={versionTag(a.version)} roles={roles}
                onDecided={(message) => { setNotice(message); void load(); }} onReload={() => void load()} />
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("approvals.more")}</GovButton>}
    </section>
  );
}

/** One request (from a notification or My work): what, for which file, who asked, and the decision if it is mine. */
export function ApprovalDetail({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data, etag, error, load } = useRecord<Approval>("family", `approvals/${id}`);
  const names = useStaffNames();
  const [notice, setNotice] = useState<string | null>(null);
  const fallback = recordFallback(error, data);
  if (fallback || !data) return fallback;
  return (
    <article>
      <PageTitle>{t("approvals.detailTitle", { action: t(`approvals.action.${data.action}`) })}</PageTitle>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <div className="card">
        <ApprovalCard approval={data} names={names} etag={etag} roles={roles}
          onDecided={(message) => { setNotice(message); void load(); }} onReload={() => void load()} />
      </div>
    </article>
  );
}

function ApprovalCard({ approval: a, names, etag, roles, onDecided, onReload }: {
  approval: Approval; names: Record<string, string>; etag: string | null; roles: string[];
  onDecided: (message: string) => void; onReload: () => void;
}) {
  const { t } = useTranslation();
  const who = (id: string | null) => (id ? names[id] ?? t("approvals.someone") : "");
  return (
    <>
      <h2 className="card__title">
        {t(`approvals.action.${a.action}`, { defaultValue: a.action })}{" "}
        <span className={`status status--${a.status.toLowerCase()}`}>{t(`approvals.status.${a.status}`)}</span>
      </h2>
      <dl className="facts">
        <div><dt>{t("approvals.family")}</dt><dd><Link to={`/rodiny/${a.familyId}`}>{t("approvals.caseFile")}</Link></dd></div>
        <div><dt>{t("approvals.requestedBy")}</dt><dd>{who(a.requestedBy)}, {formatDateTime(a.requestedAt)}</dd></div>
        <div><dt>{t("approvals.approverRole")}</dt><dd>{t(`userRole.${a.approverRole}`, { defaultValue: a.approverRole })}</dd></div>
        {a.payload.reason && <div><dt>{t("approvals.reason")}</dt><dd>{t(`closureReason.${a.payload.reason}`, { defaultValue: a.payload.reason })}</dd></div>}
        {a.payload.summary && <div><dt>{t("approvals.summary")}</dt><dd className="prose">{a.payload.summary}</dd></div>}
        {a.decidedAt && <div><dt>{t("approvals.decidedBy")}</dt><dd>{who(a.decidedBy)}, {formatDateTime(a.decidedAt)}</dd></div>}
        {a.returnReason && <div><dt>{t("approvals.returnReason")}</dt><dd className="prose">{a.returnReason}</dd></div>}
      </dl>
      {a.status === "PENDING" && roles.includes(a.approverRole) && (
        <Decision approval={a} etag={etag} onDecided={onDecided} onReload={onReload} />
      )}
    </>
  );
}

/** Approve, or return with a reason; the service's 409s in Czech (my own request, already decided), 412 reloads. */
function Decision({ approval, etag, onDecided, onReload }: {
  approval: Approval; etag: string | null; onDecided: (message: string) => void; onReload: () => void;
}) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const { errors, setErrors, failure, busy, run } = useSubmit();
  const action = t(`approvals.action.${approval.action}`);

  const approve = () => void run(async () => {
    await call<Approval>("POST", "family", `approvals/${approval.id}/approval`, { ifMatch: etag });
    onDecided(t(`approvals.approved.${approval.action}`, { defaultValue: t("approvals.approvedGeneric") }));
  });
  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setErrors({ reason: t("errors.required") });
      return;
    }
    void run(async () => {
      await call<Approval>("POST", "family", `approvals/${approval.id}/return`, { ifMatch: etag, body: { reason: reason.trim() } });
      onDecided(t("approvals.returned"));
    });
  };

  const refused = failure instanceof ApiError && failure.status === 409 ? refusal(failure) : null;
  return (
    <div className="pending-approval">
      {refused ? <GovMessage color="warning"><p role="alert">{t(`approvals.refused.${refused}`)}</p></GovMessage>
        : failure ? <ErrorMessage error={failure} onReload={onReload} /> : null}
      {!returning ? (
        <div className="actions">
          <GovButton color="primary" type="solid" onClick={approve} disabled={busy} aria-disabled={busy}
            aria-label={`${t("approvals.approve")}: ${action}`}>{t("approvals.approve")}</GovButton>
          <GovButton color="error" type="outlined" onClick={() => setReturning(true)}
            aria-label={`${t("approvals.return")}: ${action}`}>{t("approvals.return")}</GovButton>
        </div>
      ) : (
        <form onSubmit={sendBack} noValidate className="subform" aria-label={t("approvals.return")}>
          <Field label={t("approvals.returnReasonField")} hint={t("approvals.returnHint")} value={reason} onChange={setReason}
            required error={errors.reason} />
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("approvals.confirmReturn")}</GovButton>
            <GovButton color="neutral" type="base" onClick={() => setReturning(false)}>{t("consent.cancel")}</GovButton>
          </div>
        </form>
      )}
    </div>
  );
}

/** Which of the service's 409s: second-person-required, invalid-state, or another conflict. */
function refusal(error: ApiError): string {
  const type = error.problem?.type ?? "";
  if (type.endsWith("second-person-required")) return "secondPerson";
  if (type.endsWith("invalid-state")) return "decided";
  return "other";
}

/**
 * The case file's word on a closure waiting for approval (only where the organization requires approval of closures):
 * who asked, when, and who decides, instead of a file that looks closed or untouched.
 */
export function PendingApproval({ familyId, version }: { familyId: string; version: number }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Approval[]>([]);
  const names = useStaffNames();
  useEffect(() => {
    let live = true;
    (async () => {
      const policies = await call<Page<ApprovalPolicy>>("GET", "family", "approval-policies");
      if (policies.data.items.length === 0) return [];
      // This family's only: the list audits a read of every family on its page.
      const page = await call<Page<Approval>>("GET", "family", "approvals", { query: { status: "PENDING", familyId, limit: "20" } });
      return page.data.items;
    })().then((found) => { if (live) setPending(found); }).catch(() => undefined);
    return () => { live = false; };
  }, [familyId, version]);
  if (pending.length === 0) return null;
  return (
    <>
      {pending.map((a) => (
        <GovMessage key={a.id} color="warning" className="pending-approval">
          <p role="status">
            {t("approvals.pendingInFile", {
              action: t(`approvals.action.${a.action}`), who: names[a.requestedBy] ?? t("approvals.someone"),
              date: formatDate(a.requestedAt), role: t(`userRole.${a.approverRole}`, { defaultValue: a.approverRole }),
            })}{" "}
            <Link to={`/schvaleni/${a.id}`}>{t("approvals.open")}</Link>
          </p>
        </GovMessage>
      ))}
    </>
  );
}
