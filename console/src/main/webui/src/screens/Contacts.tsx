import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Contact } from "../api";
import { useList } from "../useList";
import { ErrorMessage, ErrorSummary, Field, Loading, Select } from "../components";
import { formatDate, formatMinutes } from "../i18n";

const TYPES = ["HOME_VISIT", "OFFICE", "PHONE", "ACCOMPANIMENT", "GROUP_SESSION", "ONLINE"];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Contacts with the family and the hours spent, and recording a new one (the signed-in worker is present). */
export function Contacts({ familyId, onChange }: { familyId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const { items, error, load } = useList<Contact>(`families/${familyId}/contacts`, { limit: "100" });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { void load(); }, [load]);
  const minutes = (items ?? []).reduce((sum, c) => sum + c.durationMinutes, 0);
  const hidden = error instanceof ApiError && error.notFound;
  return (
    <section id="kontakty" aria-labelledby="kontakty-title" className="panel">
      <h2 id="kontakty-title">{t("contact.title")}</h2>
      {notice && <GovMessage color="success"><p>{notice}</p></GovMessage>}
      {hidden ? <p>{t("file.notShared")}</p> : error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("contact.none")}</p>}
      {items && items.length > 0 && (
        <>
          <p>{t("contact.count", { count: items.length })}, <strong>{t("contact.total", { time: formatMinutes(minutes) })}</strong></p>
          <ul className="cards">
            {items.map((c) => (
              <li key={c.id} className="card">
                <h3 className="card__title">{formatDate(c.date)} – {t(`contactType.${c.type}`)}, {formatMinutes(c.durationMinutes)}</h3>
                {c.topics.length > 0 && <p>{t("contact.topics")}: {c.topics.join(", ")}</p>}
                {c.summary && <p>{c.summary}</p>}
                <p className="muted">{t("contact.workers")}: {c.workers.map((w) => w.name).join(", ")}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {!hidden && (open
        ? <RecordContact familyId={familyId} onCancel={() => setOpen(false)}
            onDone={() => { setNotice(t("contact.recorded")); setOpen(false); void load(); onChange(); }} />
        : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setOpen(true); }}>{t("contact.record")}</GovButton>)}
    </section>
  );
}

function RecordContact({ familyId, onDone, onCancel }: { familyId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ date: today(), durationMinutes: "60", type: "HOME_VISIT", topics: "", summary: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const labels: Record<string, string> = {
    date: t("contact.date"), durationMinutes: t("contact.duration"), type: t("contact.type"), topics: t("contact.topics"), summary: t("contact.summary"),
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!form.date) local.date = t("errors.required");
    if (!/^\d+$/.test(form.durationMinutes)) local.durationMinutes = t("errors.required");
    setErrors(local);
    if (Object.keys(local).length || busy) return;
    setBusy(true);
    try {
      await call("POST", "family", `families/${familyId}/contacts`, {
        body: {
          date: form.date, durationMinutes: Number(form.durationMinutes), type: form.type,
          topics: form.topics.split(",").map((s) => s.trim()).filter(Boolean), summary: form.summary || null,
        },
      });
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="contact-form-title">
      <h3 id="contact-form-title">{t("contact.record")}</h3>
      <ErrorSummary errors={errors} labels={(f) => labels[f.replace(/\[\d+]$/, "")] ?? f} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Field label={t("contact.date")} type="date" value={form.date} onChange={set("date")} required error={errors.date} />
      <Field label={t("contact.duration")} value={form.durationMinutes} inputMode="numeric" onChange={set("durationMinutes")} required error={errors.durationMinutes} />
      <Select label={t("contact.type")} value={form.type} onChange={set("type")} error={errors.type}
        options={TYPES.map((x) => ({ value: x, label: t(`contactType.${x}`) }))} />
      <Field label={t("contact.topics")} hint={t("contact.topicsHint")} value={form.topics} onChange={set("topics")} error={errors.topics} />
      <Field label={t("contact.summary")} value={form.summary} onChange={set("summary")} error={errors.summary} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("contact.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
