import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { call, type Page } from "../api";
import { ErrorMessage, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { formatDate } from "../i18n";
import { WORK_KINDS, type WorkItem, workRoute } from "../workTypes";
import "../work.css";

/**
 * Můj přehled: the worker's open items across the services (the organization's for an org-admin), by due date,
 * paged by the API's cursor, filtered by kind and by family (?druh=, ?rodina=, so that other screens can link here).
 * Each item says what it is in Czech, flags what is overdue and links to the screen where it is acted on.
 */
export function Work() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = params.get("druh") ?? "";
  const familyId = params.get("rodina") ?? "";
  const [picked, setPicked] = useState(kind);
  useEffect(() => setPicked(kind), [kind]);
  const { items, next, error, load } = useList<WorkItem>("work", { kind, familyId, limit: "20" });
  useEffect(() => { void load(); }, [load]);

  const apply = (changes: Record<string, string>) => {
    const nextParams = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) nextParams.set(k, v); else nextParams.delete(k);
    setParams(nextParams);
  };
  const submit = (e: FormEvent) => { e.preventDefault(); apply({ druh: picked }); };

  return (
    <section>
      <PageTitle>{t("work.title")}</PageTitle>
      <form role="search" className="filters" onSubmit={submit}>
        <Select label={t("work.kind")} value={picked} onChange={setPicked}
          options={[{ value: "", label: t("work.anyKind") }, ...WORK_KINDS.map((k) => ({ value: k, label: t(`work.kinds.${k}`) }))]} />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("work.filter")}</GovButton></div>
      </form>
      {familyId && (
        <p className="work-filter" role="status">
          {t("work.onlyFamily")} <Link to={`/rodiny/${familyId}`}>{t("work.caseFile")}</Link>{" "}
          <button type="button" className="text-button" onClick={() => apply({ rodina: "" })}>{t("work.allFamilies")}</button>
        </p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && (
        <>
          <p aria-live="polite">{t("work.count", { count: items.length })}{next ? "+" : ""}
            {items.some((i) => i.overdue) && <>, <span className="overdue">{t("work.overdueCount", { count: items.filter((i) => i.overdue).length })}</span></>}
          </p>
          {items.length === 0 ? <p>{t(kind || familyId ? "work.emptyFiltered" : "work.empty")}</p> : (
            <ul className="cards" aria-label={t("work.results")}>
              {items.map((item) => (
                <WorkCard key={item.id} item={item}
                  onlyFamily={item.familyId && !familyId ? () => apply({ rodina: item.familyId ?? "" }) : undefined} />
              ))}
            </ul>
          )}
          {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("work.more")}</GovButton>}
        </>
      )}
    </section>
  );
}

function WorkCard({ item, onlyFamily }: { item: WorkItem; onlyFamily?: () => void }) {
  const { t } = useTranslation();
  const route = workRoute(item);
  const what = t(`work.kinds.${item.kind}`, { defaultValue: item.kind });
  return (
    <li className={`card${item.overdue ? " card--overdue" : ""}`}>
      <h2 className="card__title">
        {route ? <Link to={route}>{what}</Link> : what}
        {item.overdue && <> <span className="overdue">{t("work.overdue")}</span></>}
      </h2>
      <dl className="facts">
        <div><dt>{t("work.due")}</dt><dd>{formatDate(item.dueDate)}</dd></div>
        <div><dt>{t("work.family")}</dt><dd>
          {item.familyId ? <Link to={`/rodiny/${item.familyId}`}>{t("work.caseFile")}</Link> : <span className="muted">{t("work.noFile")}</span>}
        </dd></div>
        <div><dt>{t("work.whose")}</dt><dd>{t(item.queue ? "work.queue" : "work.mine")}</dd></div>
      </dl>
      {onlyFamily && (
        <button type="button" className="text-button" onClick={onlyFamily}>{t("work.onlyThisFamily")}</button>
      )}
    </li>
  );
}

/**
 * The home screen of a worker with a caseload: My work when anything is open, else the usual home (the caseload),
 * which stays in the navigation either way.
 */
export function WorkHome({ otherwise }: { otherwise: ReactNode }) {
  const [hasWork, setHasWork] = useState<boolean | null>(null);
  useEffect(() => {
    call<Page<WorkItem>>("GET", "family", "work", { query: { limit: "1" } })
      .then((r) => setHasWork(r.data.items.length > 0)).catch(() => setHasWork(false));
  }, []);
  if (hasWork === null) return <Loading />;
  return hasWork ? <Work /> : <>{otherwise}</>;
}
