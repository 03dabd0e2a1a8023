import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ErrorMessage, Field, Loading, PageTitle, Select } from "../components";
import { useList } from "../useList";
import { type DirectoryEntry, ORGANIZATION_TYPES } from "../referralTypes";

/** Adresář: the directory of organizations, searched by name, type, municipality and service. */
export function Directory() {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t("directory.title")}</PageTitle>
      <DirectorySearch />
    </section>
  );
}

interface Search { q: string; type: string; municipality: string; service: string }

/** The directory's search; with onPick each entry offers "Vybrat" (the new referral's recipient). */
export function DirectorySearch({ onPick }: { onPick?: (entry: DirectoryEntry) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<Search>({ q: "", type: "", municipality: "", service: "" });
  const [applied, setApplied] = useState<Search>(search);
  const { items, next, error, load } = useList<DirectoryEntry>("organizations", { ...applied, limit: "20" }, "referral");
  useEffect(() => { void load(); }, [load]);
  const set = (k: keyof Search) => (v: string) => setSearch((s) => ({ ...s, [k]: v }));
  const submit = (e: FormEvent) => { e.preventDefault(); e.stopPropagation(); setApplied({ ...search }); };
  return (
    <>
      <form role="search" className="filters" onSubmit={submit} aria-label={t("directory.search")}>
        <Field label={t("directory.q")} value={search.q} onChange={set("q")} type="search" />
        <Select label={t("directory.type")} value={search.type} onChange={set("type")}
          options={[{ value: "", label: t("referrals.any") }, ...ORGANIZATION_TYPES.map((o) => ({ value: o, label: t(`orgType.${o}`) }))]} />
        <Field label={t("directory.municipality")} value={search.municipality} onChange={set("municipality")} />
        <Field label={t("directory.service")} value={search.service} onChange={set("service")} />
        <div className="filters__submit"><GovButton color="primary" type="solid" nativeType="submit">{t("directory.find")}</GovButton></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("directory.empty")}</p>}
      {items && items.length > 0 && (
        <ul className="cards" aria-label={t("directory.results")}>
          {items.map((o) => (
            <li key={o.id} className="card">
              <h3 className="card__title">{o.name}</h3>
              <dl className="facts">
                <div><dt>{t("directory.type")}</dt><dd>{t(`orgType.${o.type}`)}{o.usesOpora ? "" : ` (${t("directory.outside")})`}</dd></div>
                <div><dt>{t("directory.municipalities")}</dt><dd>{o.municipalities.join(", ")}</dd></div>
                <div><dt>{t("directory.services")}</dt><dd>{o.services.join(", ")}</dd></div>
                <div><dt>{t("directory.accepting")}</dt><dd>{t(o.acceptingNewClients ? "directory.yes" : "directory.no")}</dd></div>
                {(o.phone || o.email) && <div><dt>{t("directory.contact")}</dt><dd>{[o.phone, o.email].filter(Boolean).join(", ")}</dd></div>}
              </dl>
              {onPick && (
                <GovButton color="primary" type="outlined" onClick={() => onPick(o)} aria-label={t("directory.pickNamed", { name: o.name })}>
                  {t("directory.pick")}
                </GovButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </>
  );
}
