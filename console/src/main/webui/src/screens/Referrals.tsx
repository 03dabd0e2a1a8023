import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { Checkbox, ErrorMessage, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { formatDate, formatDateTime } from "../i18n";
import { type Referral, REFERRAL_STATUSES, URGENCIES } from "../referralTypes";

interface Filters { direction: string; status: string; urgency: string; overdue: boolean }

/** Doporučení: incoming (the inbox) and outgoing referrals, filtered by state, urgency and overdue, paged. */
export function Referrals() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ direction: "INCOMING", status: "", urgency: "", overdue: false });
  const [applied, setApplied] = useState<Filters>(filters);
  const { items, next, error, load } = useList<Referral>("referrals", {
    direction: applied.direction, status: applied.status, urgency: applied.urgency,
    overdue: applied.overdue ? "true" : undefined, limit: "20",
  }, "referral");
  useEffect(() => { void load(); }, [load]);
  const set = (k: keyof Filters) => (v: string) => setFilters((f) => ({ ...f, [k]: v }));
  const submit = (e: FormEvent) => { e.preventDefault(); setApplied(filters); };
  const pick = (direction: string) => { const f = { ...filters, direction }; setFilters(f); setApplied(f); };

  return (
    <section>
      <PageTitle>{t("referrals.title")}</PageTitle>
      <div className="tabs" role="group" aria-label={t("referrals.direction")}>
        {["INCOMING", "OUTGOING"].map((d) => (
          <button key={d} type="button" className="tab" aria-pressed={applied.direction === d} onClick={() => pick(d)}>
            {t(`referrals.${d}`)}
          </button>
        ))}
      </div>
      <form role="search" className="filters" onSubmit={submit}>
        <Select label={t("referrals.status")} value={filters.status} onChange={set("status")}
          options={[{ value: "", label: t("referrals.any") }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referralStatus.${s}`) }))]} />
        <Select label={t("referrals.urgency")} value={filters.urgency} onChange={set("urgency")}
          options={[{ value: "", label: t("referrals.any") }, ...URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))]} />
        <Checkbox label={t("referrals.onlyOverdue")} checked={filters.overdue} onChange={(v) => setFilters((f) => ({ ...f, overdue: v }))} />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("referrals.filter")}</GovButton></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("referrals.empty")}</p>}
      {items && items.length > 0 && <ReferralCards items={items} incoming={applied.direction === "INCOMING"} />}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}

/** Referrals as cards: the other side, the children, urgency, state, the deadline and an overdue flag. */
export function ReferralCards({ items, incoming }: { items: Referral[]; incoming: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="cards" aria-label={t("referrals.results")}>
      {items.map((r) => {
        const other = incoming ? r.sender : r.recipient;
        return (
          <li key={r.id} className="card">
            <h2 className="card__title">
              <Link to={`/doporuceni/${r.id}`}>
                {t(incoming ? "referrals.from" : "referrals.to", { name: other.name ?? other.organization })}
                {r.family?.name ? ` – ${r.family.name}` : r.family?.municipality ? ` – ${r.family.municipality}` : ""}
              </Link>
            </h2>
            <dl className="facts">
              <div><dt>{t("referrals.status")}</dt><dd><span className={`status status--${r.status.toLowerCase()}`}>{t(`referralStatus.${r.status}`)}</span></dd></div>
              <div><dt>{t("referrals.urgency")}</dt><dd>{t(`urgency.${r.urgency}`)}</dd></div>
              <div><dt>{t("referrals.children")}</dt><dd>{childrenText(t, r)}</dd></div>
              <div><dt>{r.sentAt ? t("referrals.due") : t("referrals.created")}</dt><dd>
                {r.sentAt ? formatDateTime(r.dueAt) : formatDate(r.createdAt)}
                {r.overdue && <> <span className="overdue">{t("referrals.overdue")}</span></>}
              </dd></div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}

export function childrenText(t: (k: string, o?: Record<string, unknown>) => string, r: Referral): string {
  const children = r.family?.children ?? [];
  if (children.length === 0) return t("referrals.wholeFamily");
  return children.map((c) => (c.firstName ? `${c.firstName} ${c.lastName ?? ""}`.trim() : "")
    + (c.ageYears !== null ? `${c.firstName ? " " : ""}${c.firstName ? "(" : ""}${t("referrals.age", { count: c.ageYears })}${c.firstName ? ")" : ""}` : ""))
    .join(", ");
}
