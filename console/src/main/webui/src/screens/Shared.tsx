import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, call, type Family, type SharedFamily } from "../api";
import { useList } from "../useList";
import { ErrorMessage, Loading, PageTitle } from "../components";
import { formatDate } from "../i18n";

/** Sdíleno s námi: families another organization shares with mine, with what we may see. */
export function Shared() {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<SharedFamily>("shared-families");
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => { void load(); }, [load]);

  /** Opens the organization's own case file from the shared family; one that exists already (409) is opened instead. */
  async function openOwnFile(familyId: string) {
    setFailure(null);
    try {
      const { data } = await call<Family>("POST", "family", `shared-families/${familyId}/case-file`);
      navigate(`/rodiny/${data.id}`);
    } catch (e) {
      const existing = e instanceof ApiError && e.status === 409 ? (e.problem as { caseFileId?: string } | null)?.caseFileId : undefined;
      if (existing) navigate(`/rodiny/${existing}`);
      else setFailure(e);
    }
  }
  return (
    <section>
      <PageTitle>{t("shared.title")}</PageTitle>
      <p>{t("shared.intro")}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {items === null && !error ? <Loading /> : null}
      {items && items.length === 0 && <p>{t("shared.empty")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((f) => (
            <li key={`${f.familyId}-${f.reasonId}`} className="card">
              <h2 className="card__title"><Link to={`/rodiny/${f.familyId}`}>{f.name}</Link></h2>
              <dl className="facts">
                <div><dt>{t("families.municipality")}</dt><dd>{f.municipality}</dd></div>
                <div><dt>{t("shared.owner")}</dt><dd>{f.owningOrganization}</dd></div>
                <div><dt>{t("shared.reason")}</dt><dd>{t(`shared.reasonCode.${f.reason}`, { defaultValue: f.reason })}</dd></div>
                <div><dt>{t("shared.scopes")}</dt><dd>{f.scopes.map((s) => t(`scope.${s}`)).join(", ")}</dd></div>
                <div><dt>{t("shared.grantedAt")}</dt><dd>{formatDate(f.grantedAt)}</dd></div>
              </dl>
              <div className="actions">
                <GovButton color="primary" type="outlined" onClick={() => void openOwnFile(f.familyId)}>
                  {t("shared.openOwnFile", { name: f.name })}
                </GovButton>
              </div>
            </li>
          ))}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("families.more")}</GovButton>}
    </section>
  );
}
