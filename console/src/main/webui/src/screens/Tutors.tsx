import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ErrorMessage, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { formatDate } from "../i18n";
import { type Tutor, VETTING } from "../tutoringTypes";

/** Doučující: the programme's tutors and their vetting, expiring and expired extracts flagged (club leader, org-admin). */
export function Tutors() {
  const { t } = useTranslation();
  const [vetting, setVetting] = useState("");
  const [applied, setApplied] = useState("");
  const { items, next, error, load } = useList<Tutor>("tutors", { vetting: applied, limit: "50" }, "tutoring");
  useEffect(() => { void load(); }, [load]);
  const submit = (e: FormEvent) => { e.preventDefault(); setApplied(vetting); };
  const warnings = items?.filter((x) => x.vetting === "EXPIRING" || x.vetting === "EXPIRED").length ?? 0;
  return (
    <section>
      <PageTitle>{t("tutors.title")}</PageTitle>
      <form role="search" className="filters" onSubmit={submit}>
        <Select label={t("tutors.vetting")} value={vetting} onChange={setVetting}
          options={[{ value: "", label: t("referrals.any") }, ...VETTING.map((v) => ({ value: v, label: t(`vetting.${v}`) }))]} />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("referrals.filter")}</GovButton></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {warnings > 0 && <p className="overdue" role="status">{t("tutors.warnings", { count: warnings })}</p>}
      {items && items.length === 0 && <p>{t("tutors.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((x) => (
            <li key={x.id} className="card">
              <h2 className="card__title">{x.name}</h2>
              <dl className="facts">
                <div><dt>{t("tutors.vetting")}</dt><dd>
                  <span className={x.vetting === "COMPLETE" ? "status status--active" : "warning"}>{t(`vetting.${x.vetting}`)}</span>
                </dd></div>
                <div><dt>{t("tutors.validUntil")}</dt><dd>{x.vettingValidUntil ? formatDate(x.vettingValidUntil) : "–"}</dd></div>
                <div><dt>{t("tutoring.subjects")}</dt><dd>{x.subjects.join(", ")}</dd></div>
                {(x.phone || x.email) && <div><dt>{t("directory.contact")}</dt><dd>{[x.phone, x.email].filter(Boolean).join(", ")}</dd></div>}
              </dl>
              {x.notMatchableBecause && <p className="muted">{t("tutors.notMatchable")}: {x.notMatchableBecause}</p>}
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}
