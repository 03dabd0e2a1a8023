import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { call, type Consent, type Family, type Page } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, PageTitle, Select } from "../components";
import { useSubmit } from "../useSubmit";
import { recordFallback, useRecord } from "../useRecord";
import { consentLabel } from "../consentLabel";
import { formatDate } from "../i18n";
import { type DirectoryEntry, type Referral, URGENCIES } from "../referralTypes";
import { DirectorySearch } from "./Directory";

const STATUTORY = "STATUTORY";

/**
 * A new referral from the family's case file: the recipient from the directory, the children, the basis (one of
 * the family's valid consents that covers the recipient, or OSPOD's statutory reference) and only the scopes the
 * basis allows. Saved as a draft; the referral's page sends it.
 */
export function NewReferral({ ospod }: { ospod: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const { data: family, error: loadError } = useRecord<Family>("family", `families/${id}`);
  const [consents, setConsents] = useState<Consent[]>([]);
  const [recipient, setRecipient] = useState<DirectoryEntry | null>(null);
  const [children, setChildren] = useState<string[]>([]);
  const [basis, setBasis] = useState("");
  const [scopes, setScopes] = useState<string[]>([]);
  const [form, setForm] = useState({ reason: "", request: "", urgency: "ROUTINE", statutoryReference: "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, setErrors, failure, busy, run } = useSubmit();

  useEffect(() => {
    call<Page<Consent>>("GET", "family", `families/${id}/consents`, { query: { limit: "100" } })
      .then((c) => setConsents(c.data.items.filter((x) => x.status === "VALID" && x.purpose === "SHARING"))).catch(() => setConsents([]));
  }, [id]);

  // The bases that can carry a referral to this recipient: consents naming it or its type; OSPOD's statutory one.
  const usable = consents.filter((c) => recipient && (c.recipientOrganization === recipient.id || c.recipientType === recipient.type));
  const statutoryAllowed = !!recipient && (ospod || recipient.type === "OSPOD");
  const chosen = usable.find((c) => c.id === basis) ?? null;
  const allowedScopes = basis === STATUTORY ? ["CONTACT_DETAILS", "SCHOOL", "ASSESSMENT", "PLANS", "CONTACT_RECORDS"]
    : (chosen?.scopes.filter((s) => s !== "BASIC") ?? []);
  useEffect(() => {
    const first = usable[0]?.id ?? (statutoryAllowed ? STATUTORY : "");
    setBasis((old) => (old === STATUTORY && statutoryAllowed) || usable.some((c) => c.id === old) ? old : first);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recipient?.id, consents.length]);
  useEffect(() => { setScopes(allowedScopes); /* the basis's whole scope by default */ // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basis]);

  if (!family) return recordFallback(loadError, family);
  const kids = family.members.filter((m) => m.role === "CHILD");

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!recipient) local.recipientOrganization = t("newReferral.pickRecipient");
    if (recipient && !basis) local.basis = t("newReferral.noBasis");
    if (!form.reason.trim()) local.reason = t("errors.required");
    if (!form.request.trim()) local.request = t("errors.required");
    if (basis === STATUTORY && !form.statutoryReference.trim()) local.statutoryReference = t("errors.required");
    if (Object.keys(local).length) { setErrors(local); return; }
    void run(async () => {
      const { data } = await call<Referral>("POST", "referral", "referrals", {
        body: {
          familyId: id, memberIds: children, recipientOrganization: recipient!.id, reason: form.reason.trim(),
          request: form.request.trim(), urgency: form.urgency, basis: basis === STATUTORY ? "STATUTORY" : "CONSENT",
          consentId: basis === STATUTORY ? null : basis, statutoryReference: basis === STATUTORY ? form.statutoryReference.trim() : null,
          scopes: ["BASIC", ...scopes],
        },
      });
      navigate(`/doporuceni/${data.id}`);
    });
  }
  const label = (field: string) => t(`newReferral.field.${field.replace(/\[\d+\]$/, "")}`, { defaultValue: field });
  const childError = Object.entries(errors).find(([k]) => k.startsWith("memberIds"))?.[1];

  return (
    <article>
      <PageTitle>{t("newReferral.title", { family: family.name })}</PageTitle>
      <p><Link to={`/rodiny/${id}`}>{t("newReferral.back")}</Link></p>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <section className="panel" aria-labelledby="recipient-title">
        <h2 id="recipient-title">{t("newReferral.recipient")}</h2>
        {recipient ? (
          <p>
            <strong>{recipient.name}</strong> ({t(`orgType.${recipient.type}`)}, {recipient.municipalities.join(", ")}){" "}
            <GovButton color="primary" type="base" onClick={() => setRecipient(null)}>{t("newReferral.changeRecipient")}</GovButton>
          </p>
        ) : (
          <>
            {errors.recipientOrganization && <p className="field-error" role="alert">{errors.recipientOrganization}</p>}
            <DirectorySearch onPick={setRecipient} />
          </>
        )}
      </section>
      <form onSubmit={submit} noValidate aria-labelledby="referral-form-title" className="narrow">
        <h2 id="referral-form-title" className="visually-hidden">{t("newReferral.details")}</h2>
        <fieldset aria-describedby={childError ? "children-error" : undefined}>
          <legend>{t("newReferral.children")}</legend>
          <p className="muted">{t("newReferral.childrenHint")}</p>
          {kids.map((k) => (
            <Checkbox key={k.id} label={`${k.firstName} ${k.lastName}${k.birthDate ? ` (${t("file.born", { date: formatDate(k.birthDate) })})` : ""}`}
              checked={children.includes(k.id)} onChange={(on) => setChildren((old) => (on ? [...old, k.id] : old.filter((x) => x !== k.id)))} />
          ))}
          {childError && <p id="children-error" className="field-error">{childError}</p>}
        </fieldset>
        <Select label={t("newReferral.field.urgency")} value={form.urgency} onChange={set("urgency")} error={errors.urgency}
          options={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))} />
        <Field label={t("newReferral.field.reason")} value={form.reason} onChange={set("reason")} error={errors.reason} required />
        <Field label={t("newReferral.field.request")} value={form.request} onChange={set("request")} error={errors.request} required />
        {recipient && (
          <>
            <Select label={t("newReferral.field.basis")} value={basis} onChange={setBasis} error={errors.basis ?? errors.consentId}
              options={[
                ...(usable.length === 0 && !statutoryAllowed ? [{ value: "", label: t("newReferral.noBasis") }] : []),
                ...usable.map((c) => ({ value: c.id, label: consentLabel(t, "newReferral", c) })),
                ...(statutoryAllowed ? [{ value: STATUTORY, label: t("basis.STATUTORY") }] : []),
              ]} />
            {basis === STATUTORY && (
              <Field label={t("newReferral.field.statutoryReference")} value={form.statutoryReference} onChange={set("statutoryReference")}
                error={errors.statutoryReference} hint={t("referral.statutoryHint")} required />
            )}
            <fieldset>
              <legend>{t("newReferral.field.scopes")}</legend>
              <p className="muted">{t("newReferral.scopesHint")}</p>
              {allowedScopes.map((s) => (
                <Checkbox key={s} label={t(`scope.${s}`)} checked={scopes.includes(s)}
                  onChange={(on) => setScopes((old) => (on ? [...old, s] : old.filter((x) => x !== s)))} />
              ))}
              {errors.scopes && <p className="field-error">{errors.scopes}</p>}
            </fieldset>
          </>
        )}
        <div className="actions">
          <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("newReferral.save")}</GovButton>
        </div>
      </form>
    </article>
  );
}
