import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Consent } from "../api";
import { useList } from "../useList";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, Select } from "../components";
import { formatDate } from "../i18n";

const PURPOSES = ["SHARING", "FAMILY_CONFERENCE", "TUTORING"];
const SCOPES = ["CONTACT_DETAILS", "SCHOOL", "ASSESSMENT", "PLANS", "CONTACT_RECORDS"];

interface Props { familyId: string; members: { id: string; name: string; role: string }[]; onChange: () => void }

/** Consents: record one from the signed form, see its validity and scope, withdraw it. */
export function Consents({ familyId, members, onChange }: Props) {
  const { t } = useTranslation();
  const { items, error, load } = useList<Consent>(`families/${familyId}/consents`, { limit: "100" });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { void load(); }, [load]);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? "";
  const done = (message: string) => { setNotice(message); setOpen(false); void load(); onChange(); };

  return (
    <section id="souhlasy" aria-labelledby="souhlasy-title" className="panel">
      <h2 id="souhlasy-title">{t("consent.title")}</h2>
      {notice && <GovMessage color="success"><p>{notice}</p></GovMessage>}
      {error instanceof ApiError && error.notFound ? <p>{t("file.notShared")}</p> : error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("consent.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((c) => (
            <li key={c.id} className="card">
              <h3 className="card__title">{t(`purpose.${c.purpose}`)}{c.recipientOrganization ? ` – ${c.recipientOrganization}` : ""}</h3>
              <dl className="facts">
                <div><dt>{t("consent.validity")}</dt><dd>
                  <span className={`status status--${c.status.toLowerCase()}`}>{t(`consentStatus.${c.status}`)}</span>{" "}
                  {formatDate(c.validFrom)} – {c.validUntil ? formatDate(c.validUntil) : t("consent.untilWithdrawn")}
                </dd></div>
                <div><dt>{t("consent.scopes")}</dt><dd>{c.scopes.map((s) => t(`scope.${s}`)).join(", ")}</dd></div>
                <div><dt>{t("consent.givenBy")}</dt><dd>{nameOf(c.givenBy)}</dd></div>
                <div><dt>{t("consent.formReference")}</dt><dd>{c.formReference}</dd></div>
              </dl>
              {(c.status === "VALID" || c.status === "NOT_YET_VALID") && items !== null && (
                <Withdraw familyId={familyId} consent={c} onDone={() => done(t("consent.withdrawn"))} />
              )}
            </li>
          ))}
        </ul>
      )}
      {!(error instanceof ApiError && error.notFound) && (open
        ? <RecordConsent familyId={familyId} members={members} onDone={() => done(t("consent.recorded"))} onCancel={() => setOpen(false)} />
        : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setOpen(true); }}>{t("consent.record")}</GovButton>)}
    </section>
  );
}

function RecordConsent({ familyId, members, onDone, onCancel }: { familyId: string; members: Props["members"]; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const adults = members.filter((m) => m.role !== "CHILD" && m.role !== "SIBLING");
  const [form, setForm] = useState({
    givenBy: adults[0]?.id ?? members[0]?.id ?? "", purpose: "SHARING", recipientOrganization: "",
    validFrom: "", validUntil: "", formReference: "", note: "",
  });
  const [scopes, setScopes] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const label = (field: string) => t(`consent.${field}`, { defaultValue: field });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!form.formReference.trim()) local.formReference = t("errors.required");
    setErrors(local);
    if (Object.keys(local).length || busy) return;
    setBusy(true);
    try {
      await call("POST", "family", `families/${familyId}/consents`, {
        body: {
          givenBy: form.givenBy, purpose: form.purpose,
          recipientOrganization: form.purpose === "SHARING" && form.recipientOrganization ? form.recipientOrganization.trim() : null,
          scopes: ["BASIC", ...scopes], validFrom: form.validFrom || null, validUntil: form.validUntil || null,
          formReference: form.formReference.trim(), note: form.note || null,
        },
      });
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors) setErrors(err.fieldErrors);
      else if (err instanceof ApiError && err.status === 400) setErrors({ "(body)": err.problem?.detail ?? "" });
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="consent-form-title">
      <h3 id="consent-form-title">{t("consent.record")}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Select label={t("consent.givenBy")} value={form.givenBy} onChange={set("givenBy")} required error={errors.givenBy}
        options={members.map((m) => ({ value: m.id, label: m.name }))} />
      <Select label={t("consent.purpose")} value={form.purpose} onChange={set("purpose")} error={errors.purpose}
        options={PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))} />
      {form.purpose === "SHARING" && (
        <Field label={t("consent.recipientOrganization")} hint={t("consent.recipientHint")} value={form.recipientOrganization}
          onChange={set("recipientOrganization")} error={errors.recipientOrganization} />
      )}
      <fieldset>
        <legend>{t("consent.scopes")}</legend>
        <p className="muted">{t("scope.BASIC")}</p>
        {SCOPES.map((s) => (
          <Checkbox key={s} label={t(`scope.${s}`)} checked={scopes.includes(s)}
            onChange={(on) => setScopes((old) => (on ? [...old, s] : old.filter((x) => x !== s)))} />
        ))}
      </fieldset>
      <Field label={t("consent.validFrom")} type="date" value={form.validFrom} onChange={set("validFrom")} error={errors.validFrom} />
      <Field label={t("consent.validUntil")} hint={t("consent.validUntilHint")} type="date" value={form.validUntil} onChange={set("validUntil")} error={errors.validUntil} />
      <Field label={t("consent.formReference")} hint={t("consent.formReferenceHint")} value={form.formReference} required
        onChange={set("formReference")} error={errors.formReference} />
      <Field label={t("consent.note")} value={form.note} onChange={set("note")} error={errors.note} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("consent.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** Withdrawal needs the consent's current version (If-Match): a 412 keeps the typed reason and offers a reload. */
function Withdraw({ familyId, consent, onDone }: { familyId: string; consent: Consent; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [etag, setEtag] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const fetchVersion = useCallback(async () => {
    const { etag: current } = await call<Consent>("GET", "family", `families/${familyId}/consents/${consent.id}`);
    setEtag(current);
    setFailure(null);
  }, [familyId, consent.id]);
  useEffect(() => { if (open && etag === null) void fetchVersion().catch(setFailure); }, [open, etag, fetchVersion]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await call("POST", "family", `families/${familyId}/consents/${consent.id}/withdrawal`, { body: { note: note || null }, ifMatch: etag });
      onDone();
    } catch (err) {
      setFailure(err);
    }
  }
  if (!open) return <GovButton color="error" type="outlined" onClick={() => setOpen(true)}>{t("consent.withdraw")}</GovButton>;
  return (
    <form onSubmit={submit} className="subform" aria-label={t("consent.withdrawTitle")}>
      {failure ? <ErrorMessage error={failure} onReload={() => void fetchVersion().catch(setFailure)} /> : null}
      <Field label={t("consent.withdrawNote")} value={note} onChange={setNote} />
      <div className="actions">
        <GovButton color="error" type="solid" nativeType="submit">{t("consent.confirmWithdraw")}</GovButton>
        <GovButton color="neutral" type="base" onClick={() => setOpen(false)}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
