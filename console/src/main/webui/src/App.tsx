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
import { Referrals } from "./screens/Referrals";
import { ReferralDetail } from "./screens/ReferralDetail";
import { NewReferral } from "./screens/NewReferral";
import { Directory } from "./screens/Directory";
import { Matches, MatchDetail } from "./screens/Tutoring";
import { Tutors } from "./screens/Tutors";
import { Clubs, ClubDetail } from "./screens/Clubs";
import { Workshops } from "./screens/Workshops";
import { CaseConferences, CaseConferenceDetail, ConveneConference } from "./screens/CaseConferences";
import { AccessLog, Statistics } from "./screens/Administration";
import { FamilyConferenceDetail, FamilyConferences, OfferFamilyConference } from "./screens/FamilyConferences";
import { CommunityClient, CommunityClients } from "./screens/CommunityClients";
import { CommunityProgramme, CommunityProgrammes } from "./screens/CommunityProgrammes";
import { CommunityMediation, CommunityMediations } from "./screens/CommunityMediation";
import { CLIENT_ROLES, MEDIATION_ROLES } from "./communityTypes";
import { Work, WorkHome } from "./screens/Work";
import { NotificationBell, Notifications } from "./screens/Notifications";
import { ApprovalDetail, Approvals } from "./screens/Approvals";
import { APPROVAL_ROLES, WORK_ROLES } from "./workTypes";

/** Roles referral-service lets send and answer referrals. */
const REFERRING_ROLES = ["case-manager", "family-worker", "ospod-worker", "nzdm-worker", "fgc-coordinator"];

/** Roles that take part in family group conferences (as referrer or coordinator). */
const FGC_ROLES = ["case-manager", "family-worker", "ospod-worker", "fgc-coordinator"];

/** The organization's administration (access logs, statistics) and the auditor. */
const ADMIN_ROLES = ["org-admin", "auditor"];

/** Roles with a caseload of families (family-service's find and deadlines). */
const CASELOAD_ROLES = ["case-manager", "family-worker", "ospod-worker", "nzdm-worker"];
/** The tutoring programme's staff (tutoring-service: tutors, clubs, workshops). */
const PROGRAMME_ROLES = ["club-leader", "org-admin"];

/** Roles the family-service lets register a family (the API decides; the link is only hidden from the others). */
const REGISTERING_ROLES = ["case-manager", "ospod-worker"];

export function App() {
  return <SignedIn />;
}

function SignedIn() {
  const { t } = useTranslation();
  const [user, setUser] = useState<Me | null>(null);
  const has = (roles: string[]) => !!user?.roles.some((r) => roles.includes(r));
  // Each role's home: the caseload, else a tutor's matches, else the programme's clubs.
  // A worker with a caseload opens on My work when anything is open for them (Moje rodiny stays in the navigation).
  const home = !user || has(CASELOAD_ROLES) ? <WorkHome otherwise={<Families />} /> : has(["tutor"]) ? <Matches /> : has(["club-leader"]) ? <Clubs />
    : has(ADMIN_ROLES) ? <Statistics auditor={has(["auditor"])} workbook={has(ADMIN_ROLES)} /> : has(["community-worker"]) ? <CommunityClients />
      : has(["mediator"]) ? <CommunityMediations /> : <Families />;
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
            {has(WORK_ROLES) && <NavLink to="/prace">{t("work.nav")}</NavLink>}
            {(has(CASELOAD_ROLES) || !has([...PROGRAMME_ROLES, ...ADMIN_ROLES, "tutor", "community-worker", "mediator"])) && <NavLink to="/rodiny" end>{t("nav.families")}</NavLink>}
            {!has(["tutor", "auditor", "community-worker", "mediator"]) && <NavLink to="/sdileno">{t("nav.shared")}</NavLink>}
            {user?.roles.some((r) => REGISTERING_ROLES.includes(r)) && <NavLink to="/rodiny/nova">{t("nav.register")}</NavLink>}
            {user?.roles.some((r) => REFERRING_ROLES.includes(r)) && <NavLink to="/doporuceni">{t("nav.referrals")}</NavLink>}
            {has(REFERRING_ROLES) && <NavLink to="/konference">{t("nav.conferences")}</NavLink>}
            {has(FGC_ROLES) && <NavLink to="/rodinne-konference">{t("nav.familyConferences")}</NavLink>}
            {!has(["tutor", "auditor"]) && <NavLink to="/adresar">{t("nav.directory")}</NavLink>}
            {has([...PROGRAMME_ROLES, "tutor"]) && <NavLink to="/doucovani">{t("nav.tutoring")}</NavLink>}
            {has(PROGRAMME_ROLES) && <NavLink to="/doucujici">{t("nav.tutors")}</NavLink>}
            {has(PROGRAMME_ROLES) && <NavLink to="/kluby">{t("nav.clubs")}</NavLink>}
            {has(PROGRAMME_ROLES) && <NavLink to="/dilny">{t("nav.workshops")}</NavLink>}
            {has(CLIENT_ROLES) && <NavLink to="/komunita/klienti">{t("community.nav.clients")}</NavLink>}
            {has(CLIENT_ROLES) && <NavLink to="/komunita/programy">{t("community.nav.programmes")}</NavLink>}
            {has(MEDIATION_ROLES) && <NavLink to="/komunita/mediace">{t("community.nav.mediation")}</NavLink>}
            {has(APPROVAL_ROLES) && <NavLink to="/schvaleni">{t("approvals.nav")}</NavLink>}
            {has(ADMIN_ROLES) && <NavLink to="/sprava/pristupy">{t("nav.accessLog")}</NavLink>}
            {has([...ADMIN_ROLES, "case-manager", "ospod-worker"]) && <NavLink to="/sprava/statistiky">{t("nav.statistics")}</NavLink>}
          </nav>
          <div className="app-user">
            {has(WORK_ROLES) && <NotificationBell />}
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
            <Route path="/" element={home} />
            <Route path="/rodiny" element={<Families />} />
            <Route path="/prace" element={<Work />} />
            <Route path="/oznameni" element={<Notifications />} />
            <Route path="/schvaleni" element={<Approvals roles={user?.roles ?? []} />} />
            <Route path="/schvaleni/:id" element={<ApprovalDetail roles={user?.roles ?? []} />} />
            <Route path="/sdileno" element={<Shared />} />
            <Route path="/rodiny/nova" element={<Register user={user} />} />
            <Route path="/rodiny/:id" element={<FamilyFile organization={user?.organization ?? null} ospod={!!user?.roles.includes("ospod-worker")}
              teamEditor={!!user?.roles.some((r) => REGISTERING_ROLES.includes(r))} />} />
            <Route path="/doporuceni" element={<Referrals />} />
            <Route path="/doporuceni/:id" element={<ReferralDetail />} />
            <Route path="/rodiny/:id/doporuceni/nove" element={<NewReferral ospod={!!user?.roles.includes("ospod-worker")} />} />
            <Route path="/adresar" element={<Directory />} />
            <Route path="/rodinne-konference" element={<FamilyConferences coordination={has(["fgc-coordinator"])} />} />
            <Route path="/rodinne-konference/:id" element={<FamilyConferenceDetail />} />
            <Route path="/rodiny/:id/rodinna-konference/nova" element={<OfferFamilyConference />} />
            <Route path="/konference" element={<CaseConferences />} />
            <Route path="/konference/:id" element={<CaseConferenceDetail organization={user?.organization ?? null} />} />
            <Route path="/rodiny/:id/konference/nova" element={<ConveneConference ospod={!!user?.roles.includes("ospod-worker")} />} />
            <Route path="/doucovani" element={<Matches />} />
            <Route path="/doucovani/:id" element={<MatchDetail />} />
            <Route path="/doucujici" element={<Tutors />} />
            <Route path="/kluby" element={<Clubs />} />
            <Route path="/kluby/:id" element={<ClubDetail />} />
            <Route path="/dilny" element={<Workshops />} />
            <Route path="/sprava/pristupy" element={<AccessLog />} />
            <Route path="/sprava/statistiky" element={<Statistics auditor={has(["auditor"])} workbook={has(ADMIN_ROLES)} />} />
            <Route path="/komunita/klienti" element={<CommunityClients />} />
            <Route path="/komunita/klienti/:id" element={<CommunityClient familySearch={has(CASELOAD_ROLES)} />} />
            <Route path="/komunita/programy" element={<CommunityProgrammes />} />
            <Route path="/komunita/programy/:id" element={<CommunityProgramme />} />
            <Route path="/komunita/mediace" element={<CommunityMediations />} />
            <Route path="/komunita/mediace/:id" element={<CommunityMediation />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        )}
      </main>
    </>
  );
}
