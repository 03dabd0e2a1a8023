import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";

/** After sign-out: the console's session and Keycloak's are both gone. */
export function SignedOut() {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header"><div className="app-header__inner"><span className="app-name">{t("app.name")}</span></div></header>
      <main id="content" className="page narrow">
        <h1 className="page-title">{t("app.signedOutTitle")}</h1>
        <p>{t("app.signedOutText")}</p>
        <GovButton color="primary" type="solid" asChild><a href="/">{t("app.signIn")}</a></GovButton>
      </main>
    </>
  );
}
