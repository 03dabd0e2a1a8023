import { useEffect } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api";
import { ErrorMessage, Loading } from "../components";
import { useList } from "../useList";
import { type Referral } from "../referralTypes";
import { ReferralCards } from "./Referrals";

/** The case file's referrals: those my organization sent about this family, and a new one. */
export function FamilyReferrals({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const { items, error, load } = useList<Referral>("referrals", { direction: "OUTGOING", familyId, limit: "50" }, "referral");
  useEffect(() => { void load(); }, [load]);
  return (
    <section id="doporuceni" aria-labelledby="doporuceni-title" className="panel">
      <h2 id="doporuceni-title">{t("file.referrals")}</h2>
      {error instanceof ApiError && error.status === 403 ? null : error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("referrals.noneForFamily")}</p>}
      {items && items.length > 0 && <ReferralCards items={items} incoming={false} />}
      <p className="actions">
        <Link className="button-link" to={`/rodiny/${familyId}/doporuceni/nove`}>{t("referrals.new")}</Link>
        <Link className="button-link" to={`/rodiny/${familyId}/konference/nova`}>{t("file.conveneConference")}</Link>
        <Link className="button-link" to={`/rodiny/${familyId}/rodinna-konference/nova`}>{t("file.offerFgc")}</Link>
      </p>
    </section>
  );
}
