import { useCallback, useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError, call, type Family } from "../api";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ErrorMessage, Loading, PageTitle } from "../components";
import { formatDate } from "../i18n";
import { NotFound } from "./NotFound";
import { Consents } from "./Consents";
import { Contacts } from "./Contacts";
import { Timeline } from "./Timeline";
import { Assessments } from "./Assessments";
import { Plans } from "./Plans";
import { Lifecycle } from "./Lifecycle";
import { TeamEditor } from "./Team";
import { FamilyReferrals } from "./FamilyReferrals";
import { FamilyTutoring } from "./FamilyTutoring";
import { PendingApproval } from "./Approvals";

/** A member as the file's sections use it. */
export interface FileMember { id: string; name: string; role: string }

/**
 * The family's case file: overview (household, members, team, activation/closure/reopening), consents, the
 * assessment, plans, contacts with hours, the timeline.
 */
export function FamilyFile({ organization, ospod, teamEditor }: { organization: string | null; ospod: boolean; teamEditor: boolean }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [family, setFamily] = useState<Family | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editingTeam, setEditingTeam] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [changes, setChanges] = useState(0);
  const load = useCallback(async () => {
    try {
      const { data, etag: version } = await call<Family>("GET", "family", `families/${id}`);
      setFamily(data);
      setEtag(version);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  useEffect(() => { void load(); }, [load]);
  const changed = () => setChanges((n) => n + 1);

  if (error instanceof ApiError && (error.notFound || error.status === 400)) return <NotFound />;
  if (error) return <ErrorMessage error={error} />;
  if (!family) return <Loading />;
  const a = family.address;
  const members: FileMember[] = family.members.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, role: m.role }));
  const workers = [...(family.keyWorker ? [family.keyWorker] : []), ...family.team.map((m) => m.worker)]
    .filter((w, i, all) => all.findIndex((x) => x.id === w.id) === i);
  const own = family.owningOrganization === organization;
  return (
    <article>
      <PageTitle>{family.name}</PageTitle>
      <nav aria-label={t("file.sections")} className="section-nav">
        <a href="#prehled">{t("file.overview")}</a>
        <a href="#souhlasy">{t("file.consents")}</a>
        <a href="#vyhodnoceni">{t("file.assessment")}</a>
        <a href="#plany">{t("file.plans")}</a>
        <a href="#kontakty">{t("file.contacts")}</a>
        {own && <a href="#doporuceni">{t("file.referrals")}</a>}
        <a href="#casova-osa">{t("file.timeline")}</a>
      </nav>
      <section id="prehled" aria-labelledby="prehled-title" className="panel">
        <h2 id="prehled-title">{t("file.overview")}</h2>
        {notice && <GovMessage color="success"><p role="status">{notice}</p></GovMessage>}
        <dl className="facts">
          <div><dt>{t("file.status")}</dt><dd><span className={`status status--${family.status.toLowerCase()}`}>{t(`status.${family.status}`)}</span></dd></div>
          <div><dt>{t("file.address")}</dt><dd>
            {[a.street, [a.postalCode, a.municipality].filter(Boolean).join(" "), a.locality].filter(Boolean).join(", ")}
            {a.sociallyExcludedLocality ? ` (${t("file.excludedYes")})` : ""}
          </dd></div>
          <div><dt>{t("file.owner")}</dt><dd>{family.owningOrganization}</dd></div>
          {family.closure && (
            <div><dt>{t("file.closure")}</dt><dd>
              {t("file.closedOn", { date: formatDate(family.closure.closedAt), reason: t(`closureReason.${family.closure.reason}`) })}
              {family.closure.summary ? ` – ${family.closure.summary}` : ""}
            </dd></div>
          )}
        </dl>
        {own && (
          <Lifecycle family={family} etag={etag} onReload={load}
            onDone={(f, version, message) => { setFamily(f); setEtag(version); setNotice(message); changed(); }}
            onPending={(message) => { setNotice(message); changed(); }} />
        )}
        {own && family.status !== "CLOSED" && <PendingApproval familyId={family.id} version={changes} />}
        <h3>{t("file.members")} <span className="muted">({t("file.membersCount", { count: family.members.length })})</span></h3>
        <ul className="people">
          {family.members.map((m) => (
            <li key={m.id}>
              <strong>{m.firstName} {m.lastName}</strong> – {t(`role.${m.role}`)}
              {m.relation ? ` (${m.relation})` : ""}{m.birthDate ? `, ${t("file.born", { date: formatDate(m.birthDate) })}` : ""}
              {m.school ? `, ${t("file.school", { school: m.school, schoolClass: m.schoolClass ?? "" })}` : ""}
              {m.phone ? `, ${t("file.phone", { phone: m.phone })}` : ""}
            </li>
          ))}
        </ul>
        <h3>{t("file.team")}</h3>
        <ul className="people">
          {family.keyWorker && <li><strong>{family.keyWorker.name}</strong> – {t("teamRole.KEY_WORKER")}</li>}
          {family.team.map((m) => <li key={m.worker.id}><strong>{m.worker.name}</strong> – {t(`teamRole.${m.role}`)}</li>)}
        </ul>
        {family.team.length === 0 && <p className="muted">{t("file.noTeam")}</p>}
        {own && teamEditor && family.status !== "CLOSED" && (editingTeam
          ? <TeamEditor family={family} etag={etag} onReload={load} onCancel={() => setEditingTeam(false)}
              onDone={(f, version) => { setFamily(f); setEtag(version); setEditingTeam(false); setNotice(t("team.saved")); }} />
          : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setEditingTeam(true); }}>{t("team.edit")}</GovButton>)}
      </section>
      <Consents familyId={family.id} members={members} onChange={changed} />
      <Assessments familyId={family.id} members={members} onChange={changed} />
      <Plans familyId={family.id} members={members} workers={workers} onChange={changed} canWriteOspod={ospod} version={changes} />
      <Contacts familyId={family.id} onChange={changed} />
      {own && <FamilyReferrals familyId={family.id} />}
      {own && <FamilyTutoring familyId={family.id} />}
      <Timeline familyId={family.id} version={changes} />
    </article>
  );
}
