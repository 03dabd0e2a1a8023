import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../components";

/** Shown for a record that does not exist or belongs to another organization: the API answers 404 for both. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <PageTitle>{t("app.notFoundTitle")}</PageTitle>
      <p>{t("app.notFoundText")}</p>
      <p><Link to="/rodiny">{t("app.backToFamilies")}</Link></p>
    </section>
  );
}
