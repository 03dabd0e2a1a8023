import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Assessment, type AssessmentFramework, type Factor, type Rated } from "../api";
import { useList } from "../useList";
import { Checkbox, ErrorMessage, ErrorSummary, Field, Loading, Select } from "../components";
import { useSubmit } from "../useSubmit";
import { formatDate } from "../i18n";
import type { FileMember } from "./FamilyFile";

const RATINGS = ["SERIOUS_CONCERN", "CONCERN", "ADEQUATE", "STRENGTH", "NOT_ASSESSED"];

/** The rows an assessment rates: child domains per child, parent domains per parent or guardian, family domains once. */
export function ratingRows(domains: string[], members: FileMember[]): { domain: string; memberId: string | null; who: string }[] {
  const rows: { domain: string; memberId: string | null; who: string }[] = [];
  for (const domain of domains) {
    const kind = domain.split(".")[0];
    if (kind === "family") rows.push({ domain, memberId: null, who: "" });
    const rated = members.filter((m) => (kind === "child" ? m.role === "CHILD" : kind === "parent" && (m.role === "PARENT" || m.role === "GUARDIAN")));
    rated.forEach((m) => rows.push({ domain, memberId: m.id, who: m.name }));
  }
  return rows;
}

const key = (domain: string, memberId: string | null) => `${domain}/${memberId ?? ""}`;

/** Assessment: the decree's domains per person rated, the 6P formulation with its priorities, completion. */
export function Assessments({ familyId, members, onChange }: { familyId: string; members: FileMember[]; onChange: () => void }) {
  const { t } = useTranslation();
  const { items, error, load } = useList<Assessment>(`families/${familyId}/assessments`, { limit: "20" });
  const [framework, setFramework] = useState<AssessmentFramework | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    call<AssessmentFramework>("GET", "family", "assessment-framework").then((a) => setFramework(a.data)).catch(() => setFramework(null));
  }, []);
  const hidden = error instanceof ApiError && error.notFound;
  const draft = items?.find((a) => a.status === "DRAFT");

  async function start() {
    setNotice(null);
    setFailure(null);
    try {
      const { data } = await call<Assessment>("POST", "family", `families/${familyId}/assessments`, { body: { ratings: [], formulation: [], summary: null } });
      await load();
      setOpenId(data.id);
      onChange();
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <section id="vyhodnoceni" aria-labelledby="vyhodnoceni-title" className="panel">
      <h2 id="vyhodnoceni-title">{t("assessment.title")}</h2>
      {notice && <GovMessage color="success"><p>{notice}</p></GovMessage>}
      {hidden ? <p>{t("file.notShared")}</p> : error ? <ErrorMessage error={error} /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("assessment.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((a) => (
            <li key={a.id} className="card">
              <h3 className="card__title">
                {t("assessment.of", { date: formatDate(a.createdAt) })}{" "}
                <span className={`status status--${a.status.toLowerCase()}`}>{t(`assessmentStatus.${a.status}`)}</span>
              </h3>
              {a.completedAt && <p>{t("assessment.completedAt", { date: formatDate(a.completedAt) })}</p>}
              {a.summary && <p>{a.summary}</p>}
              {openId === a.id
                ? (a.status === "DRAFT" && framework
                  ? <AssessmentEditor familyId={familyId} assessmentId={a.id} framework={framework} members={members}
                      onSaved={(m) => { setNotice(m); void load(); onChange(); }} onClose={() => setOpenId(null)} />
                  : <AssessmentDetail familyId={familyId} assessmentId={a.id} members={members} onClose={() => setOpenId(null)} />)
                : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setOpenId(a.id); }}>
                    {a.status === "DRAFT" && framework ? t("assessment.edit") : t("assessment.show")}
                  </GovButton>}
            </li>
          ))}
        </ul>
      )}
      {!hidden && framework && !draft && items !== null && (
        <GovButton color="primary" type="outlined" onClick={() => void start()}>{t("assessment.start")}</GovButton>
      )}
    </section>
  );
}

function AssessmentDetail({ familyId, assessmentId, members, onClose }: { familyId: string; assessmentId: string; members: FileMember[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [a, setA] = useState<Assessment | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    call<Assessment>("GET", "family", `families/${familyId}/assessments/${assessmentId}`).then((r) => setA(r.data)).catch(setFailure);
  }, [familyId, assessmentId]);
  if (failure) return <ErrorMessage error={failure} />;
  if (!a) return <Loading />;
  const who = (id: string | null) => (id ? members.find((m) => m.id === id)?.name ?? "" : t("assessment.wholeFamily"));
  return (
    <div className="subform">
      <h4>{t("assessment.ratings")}</h4>
      <ul className="people">
        {(a.ratings ?? []).map((r) => (
          <li key={key(r.domain, r.memberId)}>
            <strong>{t(`domain.${r.domain}`, { defaultValue: r.domain })}</strong> ({who(r.memberId)}): {t(`rating.${r.rating}`)}{r.notes ? ` – ${r.notes}` : ""}
          </li>
        ))}
      </ul>
      <h4>{t("assessment.formulation")}</h4>
      <ul className="people">
        {(a.formulation ?? []).map((f) => (
          <li key={f.id ?? f.text}>
            <strong>{t(`formulation.${f.category}`, { defaultValue: f.category })}</strong>: {f.text}{f.priority ? ` (${t("assessment.priorityMark")})` : ""}
          </li>
        ))}
      </ul>
      <GovButton color="neutral" type="base" onClick={onClose}>{t("assessment.hide")}</GovButton>
    </div>
  );
}

interface FactorForm { category: string; text: string; priority: boolean }

/** A draft's editor: saving and completing send the version read (If-Match); a 412 keeps what was typed. */
function AssessmentEditor({ familyId, assessmentId, framework, members, onSaved, onClose }: {
  familyId: string; assessmentId: string; framework: AssessmentFramework; members: FileMember[];
  onSaved: (message: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const rows = ratingRows(framework.domains, members);
  const [etag, setEtag] = useState<string | null>(null);
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [factors, setFactors] = useState<FactorForm[]>([]);
  const [summary, setSummary] = useState("");
  // The form opens only once the draft is read: typing into it earlier would be overwritten by the draft's content.
  const [loaded, setLoaded] = useState(false);
  const { errors, failure, setFailure, busy, run } = useSubmit();

  const read = useCallback(async (fill: boolean) => {
    const { data, etag: current } = await call<Assessment>("GET", "family", `families/${familyId}/assessments/${assessmentId}`);
    setEtag(current);
    setFailure(null);
    if (fill) {
      const r: Record<string, string> = {};
      (data.ratings ?? []).forEach((x: Rated) => { r[key(x.domain, x.memberId)] = x.rating; });
      setRatings(r);
      setFactors((data.formulation ?? []).map((f: Factor) => ({ category: f.category, text: f.text, priority: f.priority })));
      setSummary(data.summary ?? "");
      setLoaded(true);
    }
  }, [familyId, assessmentId]);
  useEffect(() => { void read(true).catch(setFailure); }, [read]);

  const body = () => ({
    ratings: rows.filter((r) => ratings[key(r.domain, r.memberId)])
      .map((r) => ({ domain: r.domain, memberId: r.memberId, rating: ratings[key(r.domain, r.memberId)], notes: null })),
    formulation: factors.filter((f) => f.text.trim()).map((f) => ({ category: f.category, text: f.text.trim(), priority: f.priority })),
    summary: summary.trim() || null,
  });

  function save(e: { preventDefault(): void }, complete: boolean) {
    e.preventDefault();
    void run(async () => {
      const saved = await call<Assessment>("PUT", "family", `families/${familyId}/assessments/${assessmentId}`, { body: body(), ifMatch: etag });
      setEtag(saved.etag);
      if (complete) {
        await call<Assessment>("POST", "family", `families/${familyId}/assessments/${assessmentId}/completion`, { ifMatch: saved.etag });
        onSaved(t("assessment.completed"));
        onClose();
      } else {
        onSaved(t("assessment.saved"));
      }
    });
  }

  const label = (field: string) => {
    const m = /^(ratings|formulation)\[(\d+)]/.exec(field);
    if (!m) return field;
    if (m[1] === "ratings") {
      const sent = body().ratings[Number(m[2])];
      return sent ? t(`domain.${sent.domain}`, { defaultValue: sent.domain }) : field;
    }
    return t("assessment.factor", { n: Number(m[2]) + 1 });
  };
  const byDomain = rows.reduce<Record<string, typeof rows>>((acc, r) => { (acc[r.domain] ??= []).push(r); return acc; }, {});

  if (!loaded) return failure ? <ErrorMessage error={failure} onReload={() => void read(true).catch(setFailure)} /> : <Loading />;
  return (
    <form className="subform" noValidate aria-labelledby={`assessment-form-${assessmentId}`} onSubmit={(e) => void save(e, false)}>
      <h4 id={`assessment-form-${assessmentId}`}>{t("assessment.edit")}</h4>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => void read(false).catch(setFailure)} /> : null}
      <fieldset>
        <legend>{t("assessment.ratings")}</legend>
        <p className="muted">{t("assessment.ratingsHint")}</p>
        {Object.entries(byDomain).map(([domain, domainRows]) => (
          <div key={domain} className="domain">
            {domainRows.map((r) => (
              <Select key={key(r.domain, r.memberId)}
                label={r.who ? `${t(`domain.${domain}`, { defaultValue: domain })} – ${r.who}` : t(`domain.${domain}`, { defaultValue: domain })}
                value={ratings[key(r.domain, r.memberId)] ?? ""}
                onChange={(v) => setRatings((old) => ({ ...old, [key(r.domain, r.memberId)]: v }))}
                options={[{ value: "", label: t("rating.none") }, ...RATINGS.map((x) => ({ value: x, label: t(`rating.${x}`) }))]} />
            ))}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("assessment.formulation")}</legend>
        <p className="muted">{t("assessment.formulationHint")}</p>
        {factors.map((f, i) => (
          <fieldset key={i} className="member">
            <legend>{t("assessment.factor", { n: i + 1 })}</legend>
            <Select label={t("assessment.category")} value={f.category}
              onChange={(v) => setFactors((old) => old.map((x, j) => (j === i ? { ...x, category: v, priority: x.priority && framework.priorityCategories.includes(v) } : x)))}
              options={framework.formulationCategories.map((c) => ({ value: c, label: t(`formulation.${c}`, { defaultValue: c }) }))}
              error={errors[`formulation[${i}].category`]} />
            <Field label={t("assessment.factorText")} value={f.text} error={errors[`formulation[${i}].text`]}
              onChange={(v) => setFactors((old) => old.map((x, j) => (j === i ? { ...x, text: v } : x)))} />
            {framework.priorityCategories.includes(f.category) && (
              <Checkbox label={t("assessment.priority")} checked={f.priority}
                onChange={(on) => setFactors((old) => old.map((x, j) => (j === i ? { ...x, priority: on } : x)))} />
            )}
            <GovButton color="neutral" type="base" onClick={() => setFactors((old) => old.filter((_, j) => j !== i))}>
              {t("assessment.removeFactor", { n: i + 1 })}
            </GovButton>
          </fieldset>
        ))}
        <GovButton color="primary" type="outlined"
          onClick={() => setFactors((old) => [...old, { category: framework.formulationCategories[0] ?? "", text: "", priority: false }])}>
          {t("assessment.addFactor")}
        </GovButton>
      </fieldset>
      <Field label={t("assessment.summary")} value={summary} onChange={setSummary} error={errors.summary} />
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("assessment.save")}</GovButton>
        <GovButton color="primary" type="outlined" disabled={busy} aria-disabled={busy} onClick={(e: { preventDefault(): void }) => void save(e, true)}>
          {t("assessment.complete")}
        </GovButton>
        <GovButton color="neutral" type="base" onClick={onClose}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
