import { useEffect, useState } from "react";
import { Link, NavLink, Route, Routes } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovMessage } from "@gov-design-system-ce/react";
import { me, type Me, onSessionExpired } from "./api";
import { Loading } from "./components";
import { Families } from "./screens/Families";
import { Shared } from "./screens/Shared";
import { Register } from "./screens/Register";
import { FamilyFile } from "./screens/FamilyFile";
import { NotFound } from "./screens/NotFound";

/** Roles the family-service lets register a family (the API decides; the link is only hidden from the others). */
const REGISTERING_ROLES = ["case-manager", "ospod-worker"];

export function App() {
  return <SignedIn />;
}

function SignedIn() {
  const { t } = useTranslation();
  const [user, setUser] = useState<Me | null>(null);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    me().then((u) => { sessionStorage.removeItem("opora.reloaded"); setUser(u); }).catch(() => {
      // Opened without a session (e.g. from the browser's history): load the page again once, which signs in.
      if (!sessionStorage.getItem("opora.reloaded")) {
        sessionStorage.setItem("opora.reloaded", "1");
        window.location.reload();
      } else {
        setExpired(true);
      }
    });
    return onSessionExpired(() => setExpired(true));
  }, []);
  return (
    <>
      <a className="skip-link" href="#content">{t("app.skipToContent")}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-name">{t("app.name")}</Link>
          <nav aria-label={t("app.mainNav")} className="app-nav">
            <NavLink to="/" end>{t("nav.families")}</NavLink>
            <NavLink to="/sdileno">{t("nav.shared")}</NavLink>
            {user?.roles.some((r) => REGISTERING_ROLES.includes(r)) && <NavLink to="/rodiny/nova">{t("nav.register")}</NavLink>}
          </nav>
          <div className="app-user">
            {user && <span>{t("app.signedInAs", { name: user.name ?? user.username })}</span>}
            {/* A POST from this page (LogoutGuard refuses a GET and other sites' posts). */}
            <form method="post" action="/logout" className="sign-out">
              <button type="submit" className="link-button">{t("app.signOut")}</button>
            </form>
          </div>
        </div>
      </header>
      {expired && (
        <div className="page">
          <GovMessage color="warning">
            <p role="alert">{t("app.sessionExpired")}</p>
            <p><a href="/" target="_blank" rel="noopener">{t("app.signInAgain")}</a></p>
          </GovMessage>
        </div>
      )}
      <main id="content" className="page">
        {user === null && !expired ? <Loading /> : (
          <Routes>
            <Route path="/" element={<Families />} />
            <Route path="/sdileno" element={<Shared />} />
            <Route path="/rodiny/nova" element={<Register user={user} />} />
            <Route path="/rodiny/:id" element={<FamilyFile organization={user?.organization ?? null} ospod={!!user?.roles.includes("ospod-worker")}
              teamEditor={!!user?.roles.some((r) => REGISTERING_ROLES.includes(r))} />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        )}
      </main>
    </>
  );
}
