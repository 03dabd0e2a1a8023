import { type FormEvent, useEffect, useMemo, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Family, type FamilySummary, type Page } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { recordFallback, useRecord } from "../useRecord";
import { formatDate, formatMinutes } from "../i18n";
import { today } from "../tutoringTypes";
import {
  AGE_BANDS, type AnonymousClient, type ClientContact, code, CONTACT_PLACES, type FamilyLink, GENDERS, INTERVENTION_TYPES,
  newKey, options,
} from "../communityTypes";
import { answered, useCommunitySubmit } from "../communitySubmit";
import "../community.css";

const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
const label = (f: string) => code("field", f.replace(/\[\d+\].*$/, ""));

/** Klienti: the low-threshold service's anonymous clients (a code or nickname, age band, gender), searched by code. */
export function CommunityClients() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<AnonymousClient>("anonymous-clients", { limit: "100" }, "community");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  useEffect(() => { void load(); }, [load]);
  const shown = useMemo(() => items?.filter((c) => fold(c.code).includes(fold(search.trim()))) ?? null, [items, search]);
  return (
    <section>
      <PageTitle>{t("community.clients.title")}</PageTitle>
      <p className="muted">{t("community.clients.intro")}</p>
      {creating ? <ClientEditor onCancel={() => setCreating(false)} />
        : <p><GovButton color="primary" type="solid" onClick={() => setCreating(true)}>{t("community.clients.new")}</GovButton></p>}
      <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t("community.clients.search")} hint={t("community.clients.searchHint")} value={search} onChange={setSearch} />
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {shown === null && !error && <Loading />}
      {shown && <p role="status" aria-live="polite">{t("community.clients.count", { count: shown.length })}</p>}
      {shown && shown.length > 0 && (
        <ul className="cards">
          {shown.map((c) => (
            <li key={c.id} className="card">
              <h2 className="card__title"><Link to={`/komunita/klienti/${c.id}`}>{c.code}</Link></h2>
              <p className="muted">{code("ageBand", c.ageBand)} · {code("gender", c.gender)}
                {c.linkedToFamily && <> · <span className="status">{t("community.clients.linked")}</span></>}</p>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

/**
 * A new client (the code or nickname the client chose, never a name; the age band; the gender), or a client's details
 * changed with its ETag: a 412 keeps what was typed and offers the current state.
 */
function ClientEditor({ client, etag = null, onDone, onReload, onCancel }: {
  client?: AnonymousClient; etag?: string | null; onDone?: (c: AnonymousClient, etag: string | null) => void;
  onReload?: () => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<ClientForm>({ code: client?.code ?? "", ageBand: client?.ageBand ?? "AGE_15_17", gender: client?.gender ?? "NOT_STATED" });
  const set = (k: keyof ClientForm) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const { errors, failure, setFailure, busy, run } = useCommunitySubmit();
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const body = { ...form, code: form.code.trim() };
      if (client) {
        const answer = await call<AnonymousClient>("PUT", "community", `anonymous-clients/${client.id}`, { ifMatch: etag, body });
        onDone?.(answer.data, answer.etag);
      } else {
        const { data } = await call<AnonymousClient>("POST", "community", "anonymous-clients", { body });
        navigate(`/komunita/klienti/${data.id}`, { state: { notice: t("community.clients.created", { code: data.code }) } });
      }
    });
  }
  const title = client ? t("community.client.edit") : t("community.clients.new");
  return (
    <form onSubmit={submit} noValidate className="subform narrow" aria-label={title}>
      {client ? <h3>{title}</h3> : <h2>{title}</h2>}
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={onReload && (() => { void onReload().then(() => setFailure(null)); })} /> : null}
      <Field label={label("code")} hint={t("community.clients.codeHint")} value={form.code} onChange={set("code")} error={errors.code} required autoComplete="off" />
      <Select label={label("ageBand")} value={form.ageBand} onChange={set("ageBand")} error={errors.ageBand} options={options("ageBand", AGE_BANDS)} />
      <Select label={label("gender")} value={form.gender} onChange={set("gender")} error={errors.gender} options={options("gender", GENDERS)} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t(client ? "community.client.save" : "community.clients.create")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

type ClientForm = { code: string; ageBand: string; gender: string };

/** One client: what is known (no name), a contact in under a minute, the contacts, the family link. */
export function CommunityClient({ familySearch }: { familySearch: boolean }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const record = useRecord<AnonymousClient>("community", `anonymous-clients/${id}`);
  const contacts = useList<ClientContact>(`anonymous-clients/${id}/contacts`, { limit: "20" }, "community");
  const loadContacts = contacts.load;
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [mode, setMode] = useState<"none" | "contact" | "edit" | "link">("none");
  useEffect(() => { void loadContacts(); }, [loadContacts]);
  if (!record.data) return recordFallback(record.error, record.data);
  const c = record.data;
  const open = (m: typeof mode) => () => { setNotice(null); setMode(m); };
  return (
    <article>
      <PageTitle>{t("community.client.title", { code: c.code })}</PageTitle>
      <p><Link to="/komunita/klienti">{t("community.client.back")}</Link></p>
      {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
      <section className="panel" aria-labelledby="client-facts">
        <h2 id="client-facts" className="visually-hidden">{t("community.client.facts")}</h2>
        <dl className="facts">
          <div><dt>{label("ageBand")}</dt><dd>{code("ageBand", c.ageBand)}</dd></div>
          <div><dt>{label("gender")}</dt><dd>{code("gender", c.gender)}</dd></div>
          <div><dt>{t("community.client.since")}</dt><dd>{formatDate(c.createdAt)}</dd></div>
        </dl>
        {mode === "edit"
          ? <ClientEditor client={c} etag={record.etag} onReload={record.load} onCancel={() => setMode("none")}
              onDone={(next, etag) => { record.update(next, etag); setMode("none"); setNotice(t("community.client.saved")); }} />
          : mode !== "contact" && <p><GovButton color="primary" type="outlined" onClick={open("edit")}>{t("community.client.edit")}</GovButton></p>}
      </section>
      <section className="panel" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t("community.contacts.title")}</h2>
        {mode === "contact"
          ? <RecordContact client={c} onCancel={() => setMode("none")}
              onDone={(minutes) => { setMode("none"); setNotice(t("community.contacts.recorded", { duration: formatMinutes(minutes) })); void loadContacts(); }} />
          : <GovButton color="primary" type="solid" onClick={open("contact")}>{t("community.contacts.record")}</GovButton>}
        {contacts.error ? <ErrorMessage error={contacts.error} /> : null}
        {contacts.items && contacts.items.length === 0 && <p>{t("community.contacts.none")}</p>}
        {contacts.items && contacts.items.length > 0 && (
          <ul className="timeline">
            {contacts.items.map((k) => (
              <li key={k.id}>
                <time dateTime={k.date}>{formatDate(k.date)}</time>
                <span>{t("community.contacts.line", { place: code("place", k.place), duration: formatMinutes(k.durationMinutes) })}
                  {": "}{k.interventions.map((i) => `${code("intervention", i.type)} ${formatMinutes(i.minutes)}`).join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
        {contacts.next && <GovButton color="primary" type="outlined" onClick={() => void loadContacts(contacts.next)}>{t("families.more")}</GovButton>}
      </section>
      <section className="panel" aria-labelledby="link-title">
        <h2 id="link-title">{t("community.link.title")}</h2>
        {c.linkedToFamily ? <ShowLink clientId={c.id} />
          : mode === "link"
            ? <LinkToFamily client={c} etag={record.etag} familySearch={familySearch} onReload={record.load} onCancel={() => setMode("none")}
                onDone={() => { setMode("none"); setNotice(t("community.link.done")); void record.load(); }} />
            : <>
                <p>{t("community.link.notLinked")}</p>
                <GovButton color="primary" type="outlined" onClick={open("link")}>{t("community.link.start")}</GovButton>
              </>}
      </section>
    </article>
  );
}

/**
 * A contact: where, the day (today), how long, and the interventions by type with their minutes (a type left empty
 * was not done). Sent with an Idempotency-Key kept until the service answers, so a retry records it once.
 */
function RecordContact({ client, onDone, onCancel }: { client: AnonymousClient; onDone: (minutes: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState("CLUB");
  const [date, setDate] = useState(today());
  const [duration, setDuration] = useState("30");
  const [minutes, setMinutes] = useState<Record<string, string>>({});
  const [key, setKey] = useState(newKey);
  const { errors, setErrors, failure, busy, run } = useCommunitySubmit();
  const chosen = INTERVENTION_TYPES.filter((type) => (minutes[type] ?? "").trim() !== "");
  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong: Record<string, string> = {};
    if (!/^\d+$/.test(duration.trim())) wrong.durationMinutes = t("community.contacts.number");
    chosen.forEach((type) => { if (!/^\d+$/.test(minutes[type].trim())) wrong[`minutes.${type}`] = t("community.contacts.number"); });
    if (chosen.length === 0) wrong.interventions = t("community.contacts.noIntervention");
    if (Object.keys(wrong).length > 0) { setErrors(wrong); return; }
    void run(async () => {
      try {
        await call("POST", "community", `anonymous-clients/${client.id}/contacts`, {
          idempotencyKey: key,
          body: { place, date, durationMinutes: Number(duration), interventions: chosen.map((type) => ({ type, minutes: Number(minutes[type]) })) },
        });
      } catch (err) {
        if (answered(err)) setKey(newKey());
        throw err;
      }
      onDone(Number(duration));
    });
  }
  // The service names interventions[i]: the i-th chosen type's field.
  const errorOf = (type: string) => errors[`minutes.${type}`]
    ?? Object.entries(errors).find(([f]) => f.startsWith(`interventions[${chosen.indexOf(type)}]`) && chosen.includes(type))?.[1];
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="contact-form-title">
      <h3 id="contact-form-title">{t("community.contacts.record")}</h3>
      <ErrorSummary errors={errors} labels={(f) => (f.startsWith("minutes.") ? code("intervention", f.substring(8)) : label(f))} />
      {failure ? <ErrorMessage error={failure} /> : null}
      <fieldset>
        <legend>{label("place")}</legend>
        <div className="choice">
          {CONTACT_PLACES.map((p) => (
            <label key={p}><input type="radio" name="place" checked={place === p} onChange={() => setPlace(p)} /> {code("place", p)}</label>
          ))}
        </div>
      </fieldset>
      <Field label={label("date")} type="date" value={date} onChange={setDate} error={errors.date} required />
      <Field label={label("durationMinutes")} value={duration} onChange={setDuration} error={errors.durationMinutes} inputMode="numeric" required />
      <fieldset aria-describedby={errors.interventions ? "interventions-error" : undefined}>
        <legend>{t("community.contacts.interventions")}</legend>
        <p className="muted">{t("community.contacts.interventionsHint")}</p>
        {errors.interventions && <p id="interventions-error" className="field-error">{errors.interventions}</p>}
        <div className="minutes-grid">
          {INTERVENTION_TYPES.map((type) => (
            <Field key={type} label={t("community.contacts.minutesOf", { type: code("intervention", type) })} value={minutes[type] ?? ""}
              onChange={(v) => setMinutes((m) => ({ ...m, [type]: v }))} error={errorOf(type)} inputMode="numeric" />
          ))}
        </div>
      </fieldset>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("community.contacts.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}

/** Who the client is in the case file: read only on request (the read is audited). */
function ShowLink({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [link, setLink] = useState<FamilyLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (error) return <ErrorMessage error={error} />;
  if (!link) {
    return (
      <>
        <p>{t("community.link.linked")}</p>
        <GovButton color="primary" type="outlined" onClick={() => {
          call<FamilyLink>("GET", "community", `anonymous-clients/${clientId}/family-link`).then((r) => setLink(r.data)).catch(setError);
        }}>{t("community.link.show")}</GovButton>
      </>
    );
  }
  return (
    <p>{t("community.link.is", { name: `${link.memberFirstName} ${link.memberLastName}`, date: formatDate(link.agreedOn) })}{" "}
      <Link to={`/rodiny/${link.familyId}`}>{t("community.link.openFile")}</Link></p>
  );
}

/**
 * The client, with the client's agreement, is a member of one of the organization's own case files: the file found by
 * name, the member picked, the day of the agreement. Sent with the client's ETag.
 */
function LinkToFamily({ client, etag, familySearch, onDone, onReload, onCancel }: {
  client: AnonymousClient; etag: string | null; familySearch: boolean; onDone: () => void; onReload: () => Promise<void>; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [found, setFound] = useState<FamilySummary[] | null>(null);
  const [family, setFamily] = useState<Family | null>(null);
  const [memberId, setMemberId] = useState("");
  const [agreedOn, setAgreedOn] = useState(today());
  const [agreed, setAgreed] = useState(false);
  const [searchError, setSearchError] = useState<unknown>(null);
  const { errors, setErrors, failure, setFailure, busy, run } = useCommunitySubmit();
  if (!familySearch) return <p>{t("community.link.noSearch")}</p>;
  function find(e: FormEvent) {
    e.preventDefault();
    setSearchError(null);
    call<Page<FamilySummary>>("GET", "family", "families", { query: { q: q.trim(), limit: "20" } })
      .then((r) => setFound(r.data.items)).catch(setSearchError);
  }
  function choose(id: string) {
    setMemberId("");
    call<Family>("GET", "family", `families/${id}`).then((r) => setFamily(r.data)).catch(setSearchError);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong: Record<string, string> = {};
    if (!family) wrong.familyId = t("community.link.pickFamily");
    if (!memberId) wrong.memberId = t("community.link.pickMember");
    if (!agreed) wrong.agreement = t("community.link.needAgreement");
    if (Object.keys(wrong).length > 0) { setErrors(wrong); return; }
    void run(async () => {
      await call("PUT", "community", `anonymous-clients/${client.id}/family-link`, { ifMatch: etag, body: { familyId: family!.id, memberId, agreedOn } });
      onDone();
    });
  }
  return (
    <div className="subform">
      <form role="search" className="filters" onSubmit={find}>
        <Field label={t("community.link.search")} value={q} onChange={setQ} error={errors.familyId} />
        <div className="filters__submit"><GovButton color="primary" type="outlined" nativeType="submit">{t("families.find")}</GovButton></div>
      </form>
      {searchError instanceof ApiError && searchError.notFound ? <p role="alert">{t("community.link.noSearch")}</p>
        : searchError ? <ErrorMessage error={searchError} /> : null}
      {found && found.length === 0 && <p>{t("families.empty")}</p>}
      {found && found.length > 0 && !family && (
        <ul className="cards">
          {found.map((f) => (
            <li key={f.id} className="card">
              <GovButton color="primary" type="base" onClick={() => choose(f.id)}>{t("community.link.pick", { name: f.name, municipality: f.municipality })}</GovButton>
            </li>
          ))}
        </ul>
      )}
      {family && (
        <form onSubmit={submit} noValidate aria-labelledby="link-form-title">
          <h3 id="link-form-title">{t("community.link.in", { name: family.name })}</h3>
          <ErrorSummary errors={errors} labels={(f) => code("field", f)} />
          {failure ? <ErrorMessage error={failure} onReload={() => { void onReload().then(() => setFailure(null)); }} /> : null}
          <Select label={label("memberId")} value={memberId} onChange={setMemberId} error={errors.memberId} required
            options={[{ value: "", label: t("community.link.chooseMember") }, ...family.members.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }))]} />
          <Field label={label("agreedOn")} type="date" value={agreedOn} onChange={setAgreedOn} error={errors.agreedOn} required />
          <Checkbox label={t("community.link.agreement")} checked={agreed} onChange={setAgreed} />
          {errors.agreement && <p className="field-error">{errors.agreement}</p>}
          <div className="actions">
            <GovButton color="primary" type="solid" nativeType="submit" disabled={busy}>{t("community.link.save")}</GovButton>
            <GovButton color="neutral" type="base" onClick={() => setFamily(null)}>{t("community.link.otherFamily")}</GovButton>
          </div>
        </form>
      )}
      <p><GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton></p>
    </div>
  );
}
