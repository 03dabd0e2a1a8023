import { type FormEvent, useCallback, useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, call, type Deadlines, type FamilySummary, type Page } from "../api";
import { ErrorMessage, Field, Loading, PageTitle, Select } from "../components";
import { formatDate } from "../i18n";

interface Filters { scope: string; q: string; municipality: string; status: string }

/** Moje rodiny: my caseload (or the organization's families), searched on the server, paged by its cursor. */
export function Families() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ scope: "mine", q: "", municipality: "", status: "" });
  const [applied, setApplied] = useState<Filters>(filters);
  const [items, setItems] = useState<FamilySummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (f: Filters, after: string | null) => {
    setError(null);
    try {
      const { data } = await call<Page<FamilySummary>>("GET", "family", "families", {
        query: {
          caseload: f.scope === "mine" ? "mine" : undefined, q: f.q.trim(), municipality: f.municipality.trim(),
          status: f.status, limit: "20", after: after ?? undefined,
        },
      });
      setItems((old) => (after && old ? [...old, ...data.items] : data.items));
      setNext(data.next);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => { void load(applied, null); }, [applied, load]);

  // Overdue plan reviews and steps, mine or the organization's (the same scope as the list); roles without a
  // caseload get 403 and see no flags.
  const [deadlines, setDeadlines] = useState<Deadlines | null>(null);
  useEffect(() => {
    call<Deadlines>("GET", "family", "deadlines", { query: { scope: applied.scope === "mine" ? "mine" : "organization" } })
      .then((r) => setDeadlines(r.data)).catch(() => setDeadlines(null));
  }, [applied.scope]);
  const overdue = (familyId: string) => (deadlines?.overdueReviews.filter((r) => r.familyId === familyId).length ?? 0)
    + (deadlines?.overdueSteps.filter((s) => s.familyId === familyId).length ?? 0);
  const totalOverdue = (deadlines?.overdueReviews.length ?? 0) + (deadlines?.overdueSteps.length ?? 0);

  const submit = (e: FormEvent) => { e.preventDefault(); setItems(null); setApplied(filters); };
  const set = (k: keyof Filters) => (v: string) => setFilters((f) => ({ ...f, [k]: v }));

  return (
    <section>
      <PageTitle>{t("families.title")}</PageTitle>
      <form role="search" className="filters" onSubmit={submit}>
        <Select label={t("families.scope")} value={filters.scope} onChange={set("scope")}
          options={[{ value: "mine", label: t("families.scopeMine") }, { value: "organization", label: t("families.scopeOrganization") }]} />
        <Field label={t("families.search")} hint={t("families.searchHint")} value={filters.q} onChange={set("q")} type="search" />
        <Field label={t("families.municipality")} value={filters.municipality} onChange={set("municipality")} />
        <Select label={t("families.status")} value={filters.status} onChange={set("status")}
          options={[{ value: "", label: t("families.anyStatus") }, ...["INTAKE", "ACTIVE", "CLOSED"].map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("families.find")}</GovButton></div>
      </form>
      {error instanceof ApiError && error.status === 403
        ? <p>{t("families.noCaseload")} <Link to="/sdileno">{t("nav.shared")}</Link></p>
        : error ? <ErrorMessage error={error} /> : null}
      {deadlines && totalOverdue > 0 && (
        <section aria-labelledby="overdue-title" className="panel">
          <h2 id="overdue-title">{t("overdue.title", { count: totalOverdue })}</h2>
          <ul className="people">
            {deadlines.overdueReviews.map((r) => (
              <li key={r.planId}><Link to={`/rodiny/${r.familyId}#plany`}>{r.familyName}</Link>: {t("overdue.review", { title: r.title, date: formatDate(r.reviewDate) })}</li>
            ))}
            {deadlines.overdueSteps.map((s) => (
              <li key={s.stepId}><Link to={`/rodiny/${s.familyId}#plany`}>{s.familyName}</Link>: {t("overdue.step", { what: s.what, who: s.who ?? "", date: formatDate(s.dueDate) })}</li>
            ))}
          </ul>
        </section>
      )}
      {items === null && !error ? <Loading /> : null}
      {items !== null && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">{t("families.results")}</h2>
          <p aria-live="polite">{t("families.count", { count: items.length })}{next ? "+" : ""}</p>
          {items.length === 0 ? <p>{t("families.empty")}</p> : (
            <ul className="cards">
              {items.map((f) => (
                <li key={f.id} className="card">
                  <h3 className="card__title"><Link to={`/rodiny/${f.id}`}>{f.name}</Link>
                    {overdue(f.id) > 0 && <> <span className="overdue">{t("overdue.flag", { count: overdue(f.id) })}</span></>}</h3>
                  <dl className="facts">
                    <div><dt>{t("families.municipality")}</dt><dd>{[f.municipality, f.locality].filter(Boolean).join(", ")}</dd></div>
                    <div><dt>{t("families.status")}</dt><dd><span className={`status status--${f.status.toLowerCase()}`}>{t(`status.${f.status}`)}</span></dd></div>
                    {f.keyWorker && <div><dt>{t("families.keyWorker")}</dt><dd>{f.keyWorker.name}</dd></div>}
                    <div><dt>{t("families.registered")}</dt><dd>{formatDate(f.createdAt)}</dd></div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          {next && <GovButton color="primary" type="outlined" onClick={() => void load(applied, next)}>{t("families.more")}</GovButton>}
        </section>
      )}
    </section>
  );
}
