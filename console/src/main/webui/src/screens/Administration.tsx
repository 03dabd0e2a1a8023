import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, call, type Service } from "../api";
import { ErrorMessage, Field, Loading, PageTitle } from "../components";
import { useList } from "../useList";
import { formatDate, formatDateTime } from "../i18n";
import { today } from "../tutoringTypes";

interface AccessEntry {
  at: string; actor: string; actorOrganization: string; action: string; endpoint: string; service: string | null;
  throughType: string | null; throughId: string | null; grantId: string | null;
}

/** Přístupy ke kartě: who read or changed a family's file, when, in which service and through what (org-admin, auditor). */
export function AccessLog() {
  const { t } = useTranslation();
  const [familyId, setFamilyId] = useState("");
  const [applied, setApplied] = useState("");
  const [invalid, setInvalid] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = familyId.trim().replace(/^.*\/rodiny\//, "");
    if (!/^[0-9a-f-]{36}$/i.test(id)) { setInvalid(t("admin.familyIdInvalid")); return; }
    setInvalid(undefined);
    setApplied(id);
  };
  return (
    <section>
      <PageTitle>{t("admin.accessTitle")}</PageTitle>
      <form role="search" className="filters" onSubmit={submit}>
        <Field label={t("admin.familyId")} hint={t("admin.familyIdHint")} value={familyId} onChange={setFamilyId} error={invalid} required />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("admin.show")}</GovButton></div>
      </form>
      {applied && <AccessEntries familyId={applied} />}
    </section>
  );
}

function AccessEntries({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<AccessEntry>(`families/${familyId}/access-log`, { limit: "50" });
  useEffect(() => { void load(); }, [load]);
  if (error instanceof ApiError && (error.notFound || error.status === 400)) return <p role="alert">{t("app.notFoundText")}</p>;
  if (error) return <ErrorMessage error={error} />;
  if (items === null) return <Loading />;
  if (items.length === 0) return <p>{t("admin.noAccess")}</p>;
  return (
    <>
      <table className="register-table">
        <caption>{t("admin.accessCaption", { count: items.length })}</caption>
        <thead><tr>
          <th scope="col">{t("admin.when")}</th><th scope="col">{t("admin.who")}</th><th scope="col">{t("admin.what")}</th>
          <th scope="col">{t("admin.where")}</th><th scope="col">{t("admin.through")}</th>
        </tr></thead>
        <tbody>
          {items.map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.actor} ({e.actorOrganization})</td>
              <td>{t(`auditAction.${e.action}`, { defaultValue: e.action })}</td>
              <td>{e.service ?? "family-service"}</td>
              <td>{e.throughType ? t(`throughType.${e.throughType}`, { defaultValue: e.throughType }) : "–"}{e.grantId ? ` (${t("admin.grant")})` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </>
  );
}

type Figures = Record<string, unknown>;
interface Source { service: Service; path: string; key: string }
const SOURCES: Source[] = [
  { service: "family", path: "statistics", key: "family" },
  { service: "referral", path: "referrals/statistics", key: "referral" },
  { service: "conference", path: "conferences/statistics", key: "conference" },
  { service: "tutoring", path: "tutoring-statistics", key: "tutoring" },
  { service: "community", path: "community-statistics", key: "community" },
];
/** The sources that take the auditor's organization (the others answer the caller's own organization only). */
const NAMED = ["family", "community"];

/**
 * Statistiky: the organization's figures for a period from each service that lets the role read them (the others
 * answer 403 and are left out), with bar charts and CSV/XLSX downloads, and for org-admins and the auditor the
 * organization's workbook of all services (the console's /api/reports/organization). The auditor names the organization.
 */
export function Statistics({ auditor, workbook: offerWorkbook = false }: { auditor: boolean; workbook?: boolean }) {
  const { t } = useTranslation();
  const year = today().substring(0, 4);
  const [form, setForm] = useState({ from: `${year}-01-01`, to: today(), organization: "" });
  const [applied, setApplied] = useState<typeof form | null>(auditor ? null : form);
  const [figures, setFigures] = useState<Record<string, Figures | null> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  useEffect(() => {
    if (!applied) return;
    setFigures(null);
    setError(null);
    const query = { from: applied.from, to: applied.to, organization: applied.organization.trim() || undefined };
    const sources = auditor ? SOURCES.filter((s) => NAMED.includes(s.key)) : SOURCES;
    Promise.all(sources.map((s) => call<Figures>("GET", s.service, s.path, { query: NAMED.includes(s.key) ? query : { from: query.from, to: query.to } })
      .then((r) => [s.key, r.data] as const)
      .catch((e) => { if (e instanceof ApiError && (e.status === 403 || e.status === 404)) return [s.key, null] as const; throw e; })))
      .then((all) => setFigures(Object.fromEntries(all))).catch(setError);
  }, [applied, auditor]);
  const query = (s: Source, format: string) => new URLSearchParams({ from: applied?.from ?? "", to: applied?.to ?? "", format,
    ...(NAMED.includes(s.key) && applied?.organization.trim() ? { organization: applied.organization.trim() } : {}) }).toString();
  const workbook = new URLSearchParams({ from: applied?.from ?? "", to: applied?.to ?? "",
    ...(applied?.organization.trim() ? { organization: applied.organization.trim() } : {}) }).toString();
  return (
    <section>
      <PageTitle>{t("admin.statsTitle")}</PageTitle>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setApplied({ ...form }); }} aria-label={t("admin.period")}>
        <Field label={t("admin.from")} type="date" value={form.from} onChange={set("from")} />
        <Field label={t("admin.to")} type="date" value={form.to} onChange={set("to")} />
        {auditor && <Field label={t("admin.organization")} hint={t("admin.organizationHint")} value={form.organization} onChange={set("organization")} required />}
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("admin.show")}</GovButton></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {applied && figures === null && !error && <Loading />}
      {applied && figures && (
        <>
          <p className="muted">{t("admin.periodText", { from: formatDate(applied.from), to: formatDate(applied.to) })}</p>
          {offerWorkbook && (
            <p className="actions">
              <a className="button-link" href={`/api/reports/organization?${workbook}`} download>{t("community.stats.workbook")}</a>
              <span className="muted">{t("community.stats.workbookHint")}</span>
            </p>
          )}
          {SOURCES.filter((s) => figures[s.key]).map((s) => (
            <section key={s.key} className="panel" aria-labelledby={`stats-${s.key}`}>
              <h2 id={`stats-${s.key}`}>{t(s.key === "community" ? "community.stats.title" : `stats.${s.key}.title`)}</h2>
              <StatsBlock kind={s.key} data={figures[s.key] as Figures} />
              <p className="actions">
                <a className="button-link" href={`/api/${s.service}/${s.path}?${query(s, "csv")}`} download={`${s.key}-statistiky.csv`}>{t("admin.csv")}</a>
                <a className="button-link" href={`/api/${s.service}/${s.path}?${query(s, "xlsx")}`} download={`${s.key}-statistiky.xlsx`}>{t("admin.xlsx")}</a>
              </p>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

const percent = (v: unknown) => (typeof v === "number" ? `${Math.round(v * 100)} %` : "–");
const num = (v: unknown) => (typeof v === "number" ? new Intl.NumberFormat("cs-CZ").format(v) : "–");

/** One service's figures: the counts as facts, the breakdowns as horizontal bars. */
function StatsBlock({ kind, data }: { kind: string; data: Figures }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [];
  const charts: { title: string; values: Record<string, number>; label: (k: string) => string; unit?: string }[] = [];
  if (kind === "family") {
    for (const k of ["familiesSupported", "childrenSupported", "newCases", "closedCases", "contacts", "plansAgreed", "goalsAchieved", "plansWithAllGoalsMet"]) facts.push([t(`stats.family.${k}`), num(data[k])]);
    facts.push([t("stats.family.contactHours"), num(data.contactHours)]);
    const byType = (data.byType ?? {}) as Record<string, { contacts: number; hours: number }>;
    charts.push({ title: t("stats.family.hoursByType"), values: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, Number(v.hours)])), label: (k) => t(`contactType.${k}`, { defaultValue: k }), unit: "h" });
  } else if (kind === "referral") {
    for (const side of ["sent", "received"] as const) {
      const s = (data[side] ?? {}) as Figures;
      facts.push([t(`stats.referral.${side}`), num(s.total)], [t(`stats.referral.${side}InTime`), percent(s.answeredInTimeShare)],
        [t(`stats.referral.${side}Accepted`), percent(s.acceptedShare)], [t(`stats.referral.${side}Overdue`), num(s.overdue)]);
    }
    const received = (data.received ?? {}) as Figures;
    charts.push({ title: t("stats.referral.receivedByUrgency"), values: (received.byUrgency ?? {}) as Record<string, number>, label: (k) => t(`urgency.${k}`, { defaultValue: k }) });
  } else if (kind === "conference") {
    const f = (data.familyConferences ?? {}) as Figures;
    const c = (data.caseConferences ?? {}) as Figures;
    facts.push([t("stats.conference.caseHeld"), num(c.held)], [t("stats.conference.tasks"), `${num(c.tasksDone)} / ${num(c.tasksAgreed)}`],
      [t("stats.conference.fgcHeld"), num(f.held)], [t("stats.conference.fgcAccepted"), num(f.plansAccepted)]);
    charts.push({ title: t("stats.conference.fgcFunnel"), values: { offered: Number(f.offered ?? 0), consented: Number(f.consented ?? 0), held: Number(f.held ?? 0), plansAccepted: Number(f.plansAccepted ?? 0) }, label: (k) => t(`stats.conference.funnel.${k}`) });
  } else if (kind === "tutoring") {
    facts.push([t("stats.tutoring.childrenTutored"), num(data.childrenTutored)], [t("stats.tutoring.hours"), num(data.hours)],
      [t("stats.tutoring.attendance"), percent(data.sessionAttendanceRate)], [t("stats.tutoring.clubAttendance"), percent(data.clubAttendanceRate)],
      [t("stats.tutoring.mainstream"), percent(data.mainstreamShare)], [t("stats.tutoring.adultsReached"), num(data.adultsReached)]);
    charts.push({ title: t("stats.tutoring.schoolEntries"), values: (data.schoolEntries ?? {}) as Record<string, number>, label: (k) => t(`schoolEntry.${k}`, { defaultValue: k }) });
  } else if (kind === "community") {
    for (const k of ["uniqueClients", "contacts", "contactHours", "mediationsOpened", "mediationSessions"]) facts.push([t(`community.stats.${k}`), num(data[k])]);
    const interventions = (data.interventions ?? {}) as Record<string, { count: number; hours: number }>;
    charts.push({ title: t("community.stats.hoursByIntervention"), values: Object.fromEntries(Object.entries(interventions).map(([k, v]) => [k, Number(v.hours)])), label: (k) => t(`community.intervention.${k}`, { defaultValue: k }), unit: "h" });
    const programmes = (data.programmes ?? {}) as Record<string, { participants: number }>;
    charts.push({ title: t("community.stats.participantsByKind"), values: Object.fromEntries(Object.entries(programmes).map(([k, v]) => [k, Number(v.participants)])), label: (k) => t(`community.programmeKind.${k}`, { defaultValue: k }) });
  }
  return (
    <>
      <dl className="facts">{facts.map(([k, v]) => <div key={k}><dt>{k}</dt><dd className="figure">{v}</dd></div>)}</dl>
      {charts.map((c) => {
        const entries = Object.entries(c.values);
        const max = Math.max(1, ...entries.map(([, v]) => v));
        return (
          <figure key={c.title} className="chart">
            <figcaption>{c.title}</figcaption>
            {entries.length === 0 ? <p className="muted">{t("stats.noData")}</p> : (
              <ul className="bars">
                {entries.map(([k, v]) => (
                  <li key={k}>
                    <span className="bars__label">{c.label(k)}</span>
                    <span className="bars__track"><span className={`bars__bar bars__bar--${Math.round((v / max) * 20) * 5}`} /></span>
                    <span className="bars__value">{num(v)}{c.unit ? ` ${c.unit}` : ""}</span>
                  </li>
                ))}
              </ul>
            )}
          </figure>
        );
      })}
    </>
  );
}
