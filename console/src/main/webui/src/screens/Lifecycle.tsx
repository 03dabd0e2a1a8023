import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, call, type Family } from "../api";
import { ErrorMessage, ErrorSummary, Field, Select } from "../components";
import { useSubmit } from "../useSubmit";

const CLOSURE_REASONS = ["GOALS_MET", "MOVED_AWAY", "FAMILY_ENDED_COOPERATION", "HANDED_OVER", "OTHER"];

type Action = "activation" | "closure" | "reopening";

/**
 * Activation (intake ends), closure with a reason and a summary, reopening with a reason. Each sends the
 * family's ETag (If-Match); a 412 keeps what was typed and offers to reload the version.
 */
export function Lifecycle({ family, etag, onDone, onPending, onReload }: {
  family: Family; etag: string | null; onDone: (f: Family, etag: string | null, message: string) => void; onReload: () => Promise<void>;
  /** A closure the organization's policy sends for approval (202): the file stays as it is until an approver decides. */
  onPending?: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState("GOALS_MET");
  const [text, setText] = useState("");
  const { errors, setErrors, failure, setFailure, busy, run } = useSubmit();
  const actions: Action[] = family.status === "INTAKE" ? ["activation", "closure"] : family.status === "ACTIVE" ? ["closure"] : ["reopening"];

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!open) return;
    if (open !== "activation" && !text.trim()) {
      setErrors({ [open === "closure" ? "summary" : "reason"]: t("errors.required") });
      return;
    }
    const body = open === "closure" ? { reason, summary: text.trim() } : open === "reopening" ? { reason: text.trim() } : undefined;
    void run(async () => {
      const r = await call<Family>("POST", "family", `families/${family.id}/${open}`, { body, ifMatch: etag });
      if (r.status === 202) onPending?.(t("approvals.closureRequested"));
      else onDone(r.data, r.etag, t(`lifecycle.done.${open}`));
      setOpen(null);
      setText("");
    });
  }

  if (!open) {
    return (
      <div className="actions">
        {actions.map((a) => (
          <GovButton key={a} color={a === "closure" ? "error" : "primary"} type="outlined"
            onClick={() => { setOpen(a); setFailure(null); setErrors({}); }}>{t(`lifecycle.${a}`)}</GovButton>
        ))}
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="lifecycle-title">
      <h3 id="lifecycle-title">{t(`lifecycle.${open}`)}</h3>
      <ErrorSummary errors={errors} labels={(f) => t(`lifecycle.field.${f}`, { defaultValue: f })} />
      {failure instanceof ApiError && failure.problem?.type?.endsWith("approval-pending")
        ? <p role="alert" className="field-error">{t("approvals.alreadyPending")}</p>
        : failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      {open === "activation" && <p>{t("lifecycle.activationText")}</p>}
      {open === "closure" && (
        <>
          <Select label={t("lifecycle.field.reason")} value={reason} onChange={setReason} error={errors.reason}
            options={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`closureReason.${r}`) }))} />
          <Field label={t("lifecycle.field.summary")} hint={t("lifecycle.summaryHint")} value={text} onChange={setText} required error={errors.summary} />
        </>
      )}
      {open === "reopening" && (
        <Field label={t("lifecycle.field.reopenReason")} value={text} onChange={setText} required error={errors.reason} />
      )}
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t(`lifecycle.confirm.${open}`)}</GovButton>
        <GovButton color="neutral" type="base" onClick={() => setOpen(null)}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
