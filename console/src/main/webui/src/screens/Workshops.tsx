import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { call, type Family, type Page, type SharedFamily } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { useSubmit } from "../useSubmit";
import { formatDate } from "../i18n";
import { today, type Workshop, WORKSHOP_KINDS } from "../tutoringTypes";

interface Adult { familyId: string; memberId: string; name: string }

/** Dílny pro rodiče: workshops, mothers' clubs and parent groups, and a session with the parents who came. */
export function Workshops() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<Workshop>("workshops", { limit: "50" }, "tutoring");
  const [creating, setCreating] = useState(false);
  const [session, setSession] = useState<Workshop | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { void load(); }, [load]);
  return (
    <section>
      <PageTitle>{t("workshops.title")}</PageTitle>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("workshops.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((w) => (
            <li key={w.id} className="card">
              <h2 className="card__title">{w.title}</h2>
              <p className="muted">{t(`workshopKind.${w.kind}`)} · {t("workshops.since", { date: formatDate(w.createdAt) })}</p>
              {session?.id === w.id
                ? <WorkshopSession workshop={w} onCancel={() => setSession(null)}
                    onDone={() => { setSession(null); setNotice(t("workshops.sessionSaved")); }} />
                : <GovButton color="primary" type="outlined" aria-label={t("workshops.recordFor", { title: w.title })}
                    onClick={() => { setNotice(null); setSession(w); }}>{t("workshops.record")}</GovButton>}
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
      {creating ? <NewWorkshop onDone={() => { setCreating(false); void load(); }} onCancel={() => setCreating(false)} />
        : <GovButton color="primary" type="outlined" onClick={() => setCreating(true)}>{t("workshops.new")}</GovButton>}
    </section>
  );
}

function NewWorkshop({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState("WORKSHOP");
  const { errors, failure, busy, run } = useSubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => { await call("POST", "tutoring", "workshops", { body: { title: title.trim(), kind } }); onDone(); });
  }
  return (
    <form onSubmit={submit} noValidate className="subform narrow" aria-labelledby="workshop-form-title">
      <h2 id="workshop-form-title">{t("workshops.new")}</h2>
      <ErrorSummary errors={errors} labels={(f) => t(`workshops.field.${f}`, { defaultValue: f })} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Field label={t("workshops.field.title")} value={title} onChange={setTitle} error={errors.title} required />
      <Select label={t("workshops.field.kind")} value={kind} onChange={setKind} error={errors.kind}
        options={WORKSHOP_KINDS.map((k) => ({ value: k, label: t(`workshopKind.${k}`) }))} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("workshops.create")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** A session: the date, the topic, and the adults who came, from the families shared with the programme. */
function WorkshopSession({ workshop, onDone, onCancel }: { workshop: Workshop; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [topic, setTopic] = useState("");
  const [adults, setAdults] = useState<Adult[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const { errors, failure, busy, run } = useSubmit();
  useEffect(() => {
    call<Page<SharedFamily>>("GET", "family", "shared-families", { query: { limit: "100" } }).then(async (r) => {
      const families = await Promise.all(r.data.items.map((f) => call<Family>("GET", "family", `families/${f.familyId}`).then((x) => x.data).catch(() => null)));
      setAdults(families.filter((f): f is Family => f !== null).flatMap((f) => f.members.filter((m) => m.role !== "CHILD")
        .map((m) => ({ familyId: f.id, memberId: m.id, name: `${m.firstName} ${m.lastName}` }))));
    }).catch(() => setAdults([]));
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await call("POST", "tutoring", `workshops/${workshop.id}/sessions`, {
        body: { date, topic: topic.trim(), attendees: (adults ?? []).filter((a) => chosen.includes(a.memberId)).map((a) => ({ familyId: a.familyId, memberId: a.memberId })) },
      });
      onDone();
    });
  }
  return (
    <form onSubmit={submit} noValidate className="subform" aria-label={t("workshops.recordFor", { title: workshop.title })}>
      <ErrorSummary errors={errors} labels={(f) => t(`workshops.field.${f.replace(/\[.*$/, "")}`, { defaultValue: f })} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <Field label={t("workshops.field.date")} type="date" value={date} onChange={setDate} error={errors.date} required />
      <Field label={t("workshops.field.topic")} value={topic} onChange={setTopic} error={errors.topic} required />
      <fieldset>
        <legend>{t("workshops.field.attendees")}</legend>
        {adults === null ? <Loading /> : adults.length === 0 ? <p>{t("workshops.noAdults")}</p>
          : adults.map((a) => (
            <Checkbox key={a.memberId} label={a.name} checked={chosen.includes(a.memberId)}
              onChange={(on) => setChosen((c) => (on ? [...c, a.memberId] : c.filter((x) => x !== a.memberId)))} />
          ))}
      </fieldset>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("workshops.saveSession")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
