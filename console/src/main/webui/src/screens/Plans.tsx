import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton, GovMessage } from "@gov-design-system-ce/react";
import { ApiError, call, type Assessment, type Factor, type Plan, type PlanRevision, type Who } from "../api";
import { useList } from "../useList";
import { ErrorMessage, ErrorSummary, Field, Loading, Select } from "../components";
import { useSubmit } from "../useSubmit";
import { formatDate, formatDateTime } from "../i18n";
import type { FileMember } from "./FamilyFile";

const GOAL_STATUSES = ["OPEN", "PARTLY_ACHIEVED", "ACHIEVED", "NOT_ACHIEVED"];
const STEP_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"];

/** Who can owe a step: the family's workers (key worker and team) and its members. */
export interface Owner { kind: Who["kind"]; id: string; name: string }

interface Props {
  familyId: string; members: FileMember[]; workers: { id: string; name: string }[]; onChange: () => void; canWriteOspod: boolean;
  /** Changes when another section changed the file (an assessment completed: new priorities). */
  version: number;
}

/** Plans: goals from the formulation's priorities, steps with owners and deadlines, progress, revisions. */
export function Plans({ familyId, members, workers, onChange, canWriteOspod, version }: Props) {
  const { t } = useTranslation();
  const { items, error, load } = useList<Plan>(`families/${familyId}/plans`, { limit: "20" });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [priorities, setPriorities] = useState<Factor[]>([]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    // The priorities of the newest completed assessment, for goals to address.
    call<{ items: Assessment[] }>("GET", "family", `families/${familyId}/assessments`, { query: { limit: "20" } })
      .then(async ({ data }) => {
        const done = data.items.find((a) => a.status === "COMPLETED");
        if (!done) return;
        const full = await call<Assessment>("GET", "family", `families/${familyId}/assessments/${done.id}`);
        setPriorities((full.data.formulation ?? []).filter((f) => f.priority));
      })
      .catch(() => setPriorities([]));
  }, [familyId, items, version]);
  const hidden = error instanceof ApiError && error.notFound;
  const owners: Owner[] = [
    ...workers.map((w) => ({ kind: "WORKER" as const, id: w.id, name: w.name })),
    ...members.map((m) => ({ kind: "MEMBER" as const, id: m.id, name: m.name })),
  ];
  const saved = (message: string) => { setNotice(message); setCreating(false); void load(); onChange(); };

  return (
    <section id="plany" aria-labelledby="plany-title" className="panel">
      <h2 id="plany-title">{t("plan.title")}</h2>
      {notice && <GovMessage color="success"><p>{notice}</p></GovMessage>}
      {hidden ? <p>{t("file.notShared")}</p> : error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("plan.none")}</p>}
      {items && items.length > 0 && (
        <ul className="cards">
          {items.map((p) => (
            <li key={p.id} className="card">
              <h3 className="card__title">{p.title}</h3>
              {p.familyAuthored && <p><span className="status status--family">{t("plan.familyOwn")}</span> {t("plan.familyOwnText")}</p>}
              <dl className="facts">
                <div><dt>{t("plan.source")}</dt><dd>{t(`planSource.${p.source}`)}</dd></div>
                <div><dt>{t("plan.agreedAt")}</dt><dd>{formatDate(p.agreedAt)}</dd></div>
                {p.reviewDate && <div><dt>{t("plan.reviewDate")}</dt><dd>{formatDate(p.reviewDate)}</dd></div>}
                <div><dt>{t("plan.revision")}</dt><dd>{p.revision}</dd></div>
              </dl>
              {openId === p.id
                ? <PlanDetail familyId={familyId} planId={p.id} owners={owners} priorities={priorities}
                    onSaved={saved} onClose={() => setOpenId(null)} />
                : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setOpenId(p.id); }}>
                    {t("plan.show", { title: p.title })}
                  </GovButton>}
            </li>
          ))}
        </ul>
      )}
      {!hidden && items !== null && (creating
        ? <PlanEditor familyId={familyId} owners={owners} priorities={priorities} canWriteOspod={canWriteOspod}
            onSaved={() => saved(t("plan.agreed"))} onCancel={() => setCreating(false)} />
        : <GovButton color="primary" type="outlined" onClick={() => { setNotice(null); setCreating(true); }}>{t("plan.new")}</GovButton>)}
    </section>
  );
}

/** A plan with its goals and steps; progress and revisions are written with the plan's ETag (If-Match). */
function PlanDetail({ familyId, planId, owners, priorities, onSaved, onClose }: {
  familyId: string; planId: string; owners: Owner[]; priorities: Factor[]; onSaved: (m: string) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [revising, setRevising] = useState(false);
  const [revisions, setRevisions] = useState<PlanRevision[] | null>(null);
  const read = useCallback(async () => {
    const r = await call<Plan>("GET", "family", `families/${familyId}/plans/${planId}`);
    setPlan(r.data);
    setEtag(r.etag);
    setFailure(null);
  }, [familyId, planId]);
  useEffect(() => { void read().catch(setFailure); }, [read]);

  async function progress(path: string, body: unknown) {
    try {
      const r = await call<Plan>("PUT", "family", `families/${familyId}/plans/${planId}/${path}`, { body, ifMatch: etag });
      setPlan(r.data);
      setEtag(r.etag);
      setFailure(null);
      onSaved(t("plan.progressSaved"));
    } catch (e) {
      setFailure(e);
    }
  }
  if (!plan) return failure ? <ErrorMessage error={failure} /> : <Loading />;
  const factorText = (id: string | null) => priorities.find((f) => f.id === id)?.text;
  return (
    <div className="subform">
      {failure ? <ErrorMessage error={failure} onReload={() => void read().catch(setFailure)} /> : null}
      {revising
        ? <PlanEditor familyId={familyId} owners={owners} priorities={priorities} plan={plan} etag={etag} canWriteOspod
            onSaved={() => { setRevising(false); void read(); onSaved(t("plan.revised")); }} onCancel={() => setRevising(false)} />
        : (
          <>
            <ol className="goals">
              {(plan.goals ?? []).map((g, i) => (
                <li key={g.id}>
                  <h4>{t("plan.goal", { n: i + 1 })}: {g.what}</h4>
                  {g.fromFactorId && <p className="muted">{t("plan.fromFactor", { text: factorText(g.fromFactorId) ?? "" })}</p>}
                  {g.progressIndicator && <p>{t("plan.indicator")}: {g.progressIndicator}</p>}
                  <GoalProgress key={`${g.id}-${g.status}-${g.progressNote}`} status={g.status} note={g.progressNote ?? ""} n={i + 1}
                    onSave={(status, note) => void progress(`goals/${g.id}/progress`, { status, note: note || null })} />
                  <ul className="steps">
                    {g.steps.map((s) => (
                      <li key={s.id}>
                        <strong>{s.what}</strong> – {s.who.name ?? owners.find((o) => o.id === s.who.id)?.name ?? ""}
                        {s.dueDate ? `, ${t("plan.due", { date: formatDate(s.dueDate) })}` : ""}
                        <Select label={t("plan.stepStatus", { what: s.what })} value={s.status}
                          onChange={(v) => void progress(`steps/${s.id}/progress`, { status: v })}
                          options={STEP_STATUSES.map((x) => ({ value: x, label: t(`stepStatus.${x}`) }))} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <div className="actions">
              {!plan.familyAuthored && <GovButton color="primary" type="outlined" onClick={() => setRevising(true)}>{t("plan.revise")}</GovButton>}
              {plan.revision > 1 && revisions === null && (
                <GovButton color="primary" type="base" onClick={() => void call<PlanRevision[]>("GET", "family", `families/${familyId}/plans/${planId}/revisions`)
                  .then((r) => setRevisions(r.data)).catch(setFailure)}>{t("plan.revisions")}</GovButton>
              )}
              <GovButton color="neutral" type="base" onClick={onClose}>{t("assessment.hide")}</GovButton>
            </div>
            {revisions && (
              <ul className="people" aria-label={t("plan.revisions")}>
                {revisions.map((r) => (
                  <li key={r.revision}>{t("plan.revisionItem", { n: r.revision, date: formatDateTime(r.replacedAt), title: r.plan.title })}:{" "}
                    {(r.plan.goals ?? []).map((g) => g.what).join("; ")}</li>
                ))}
              </ul>
            )}
          </>
        )}
    </div>
  );
}

function GoalProgress({ status, note, n, onSave }: { status: string; note: string; n: number; onSave: (status: string, note: string) => void }) {
  const { t } = useTranslation();
  const [s, setS] = useState(status);
  const [text, setText] = useState(note);
  return (
    <div className="progress">
      <Select label={t("plan.goalStatus", { n })} value={s} onChange={setS}
        options={GOAL_STATUSES.map((x) => ({ value: x, label: t(`goalStatus.${x}`) }))} />
      <Field label={t("plan.progressNote", { n })} value={text} onChange={setText} />
      <GovButton color="primary" type="outlined" onClick={() => onSave(s, text)}>{t("plan.saveProgress", { n })}</GovButton>
    </div>
  );
}

interface StepForm { id?: string; what: string; owner: string; dueDate: string }
interface GoalForm { id?: string; what: string; progressIndicator: string; fromFactorId: string; steps: StepForm[] }

const emptyStep = (owner: string): StepForm => ({ what: "", owner, dueDate: "" });

/** A new plan, or a revision of one (as a whole, keeping goal and step ids). A 412 keeps what was typed. */
function PlanEditor({ familyId, owners, priorities, plan, etag, canWriteOspod, onSaved, onCancel }: {
  familyId: string; owners: Owner[]; priorities: Factor[]; plan?: Plan; etag?: string | null; canWriteOspod: boolean;
  onSaved: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ownerKey = (o: { kind: string; id: string }) => `${o.kind}:${o.id}`;
  const firstOwner = owners[0] ? ownerKey(owners[0]) : "";
  const [title, setTitle] = useState(plan?.title ?? "");
  const [source, setSource] = useState(plan?.source ?? "SAS_PLAN");
  const [reviewDate, setReviewDate] = useState(plan?.reviewDate ?? "");
  const fromPriorities = (): GoalForm[] => (priorities.length > 0
    ? priorities.map((f) => ({ what: f.text, progressIndicator: "", fromFactorId: f.id ?? "", steps: [emptyStep(firstOwner)] }))
    : [{ what: "", progressIndicator: "", fromFactorId: "", steps: [emptyStep(firstOwner)] }]);
  const [goals, setGoals] = useState<GoalForm[]>(plan?.goals?.map((g) => ({
    id: g.id, what: g.what, progressIndicator: g.progressIndicator ?? "", fromFactorId: g.fromFactorId ?? "",
    steps: g.steps.map((s) => ({ id: s.id, what: s.what, owner: ownerKey(s.who), dueDate: s.dueDate ?? "" })),
  })) ?? fromPriorities());
  // The priorities may arrive after the form opened: a new plan's untouched goals take them then.
  const pristine = !plan && goals.length === 1 && !goals[0].what && !goals[0].progressIndicator && !goals[0].fromFactorId
    && goals[0].steps.length === 1 && !goals[0].steps[0].what && !goals[0].steps[0].dueDate;
  useEffect(() => {
    if (pristine && priorities.length > 0) setGoals(fromPriorities());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [priorities]);
  const [version, setVersion] = useState<string | null>(etag ?? null);
  const { errors, setErrors, failure, setFailure, busy, run } = useSubmit();
  const setGoal = (i: number, change: Partial<GoalForm>) => setGoals((old) => old.map((g, j) => (j === i ? { ...g, ...change } : g)));
  const setStep = (i: number, k: number, change: Partial<StepForm>) =>
    setGoal(i, { steps: goals[i].steps.map((s, j) => (j === k ? { ...s, ...change } : s)) });

  async function reload() {
    try {
      const r = await call<Plan>("GET", "family", `families/${familyId}/plans/${plan?.id}`);
      setVersion(r.etag);
      setFailure(null);
    } catch (e) {
      setFailure(e);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t("errors.required");
    goals.forEach((g, i) => {
      if (!g.what.trim()) local[`goals[${i}].what`] = t("errors.required");
      g.steps.forEach((s, k) => { if (!s.what.trim()) local[`goals[${i}].steps[${k}].what`] = t("errors.required"); });
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    const body = {
      source, title: title.trim(), reviewDate: reviewDate || null,
      goals: goals.map((g) => ({
        id: g.id ?? null, what: g.what.trim(), progressIndicator: g.progressIndicator.trim() || null, fromFactorId: g.fromFactorId || null,
        steps: g.steps.map((s) => {
          const o = owners.find((x) => ownerKey(x) === s.owner);
          return { id: s.id ?? null, what: s.what.trim(), dueDate: s.dueDate || null, who: o ? { kind: o.kind, id: o.id, name: o.name } : null };
        }),
      })),
    };
    void run(async () => {
      if (plan) await call("PUT", "family", `families/${familyId}/plans/${plan.id}`, { body, ifMatch: version });
      else await call("POST", "family", `families/${familyId}/plans`, { body });
      onSaved();
    });
  }

  const label = (field: string) => {
    const m = /^goals\[(\d+)](?:\.steps\[(\d+)])?/.exec(field);
    if (field === "title") return t("plan.name");
    if (!m) return field;
    return m[2] !== undefined ? t("plan.step", { n: Number(m[2]) + 1, goal: Number(m[1]) + 1 }) : t("plan.goal", { n: Number(m[1]) + 1 });
  };
  const ownerOptions = owners.map((o) => ({ value: ownerKey(o), label: o.kind === "WORKER" ? t("plan.worker", { name: o.name }) : o.name }));

  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby={`plan-form-${plan?.id ?? "new"}`}>
      <h3 id={`plan-form-${plan?.id ?? "new"}`}>{plan ? t("plan.revise") : t("plan.new")}</h3>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={plan ? () => void reload() : undefined} /> : null}
      <Field label={t("plan.name")} value={title} onChange={setTitle} required error={errors.title} />
      {!plan && canWriteOspod && (
        <Select label={t("plan.source")} value={source} onChange={setSource} error={errors.source}
          options={["SAS_PLAN", "OSPOD_IPOD"].map((s) => ({ value: s, label: t(`planSource.${s}`) }))} />
      )}
      <Field label={t("plan.reviewDate")} type="date" value={reviewDate} onChange={setReviewDate} error={errors.reviewDate} />
      {goals.map((g, i) => (
        <fieldset key={i} className="member">
          <legend>{t("plan.goal", { n: i + 1 })}</legend>
          {priorities.length > 0 && (
            <Select label={t("plan.fromFactorLabel")} value={g.fromFactorId} onChange={(v) => setGoal(i, { fromFactorId: v })}
              error={errors[`goals[${i}].fromFactorId`]}
              options={[{ value: "", label: t("plan.noFactor") }, ...priorities.map((f) => ({ value: f.id ?? "", label: f.text }))]} />
          )}
          <Field label={t("plan.goalWhat")} value={g.what} onChange={(v) => setGoal(i, { what: v })} required error={errors[`goals[${i}].what`]} />
          <Field label={t("plan.indicator")} value={g.progressIndicator} onChange={(v) => setGoal(i, { progressIndicator: v })}
            error={errors[`goals[${i}].progressIndicator`]} />
          {g.steps.map((s, k) => (
            <fieldset key={k} className="member">
              <legend>{t("plan.step", { n: k + 1, goal: i + 1 })}</legend>
              <Field label={t("plan.stepWhat")} value={s.what} onChange={(v) => setStep(i, k, { what: v })} required
                error={errors[`goals[${i}].steps[${k}].what`]} />
              <Select label={t("plan.owner")} value={s.owner} onChange={(v) => setStep(i, k, { owner: v })} options={ownerOptions}
                error={errors[`goals[${i}].steps[${k}].who.id`] ?? errors[`goals[${i}].steps[${k}].who.name`] ?? errors[`goals[${i}].steps[${k}].who`]} />
              <Field label={t("plan.dueDate")} type="date" value={s.dueDate} onChange={(v) => setStep(i, k, { dueDate: v })}
                error={errors[`goals[${i}].steps[${k}].dueDate`]} />
              <GovButton color="neutral" type="base" onClick={() => setGoal(i, { steps: g.steps.filter((_, j) => j !== k) })}>
                {t("plan.removeStep", { n: k + 1, goal: i + 1 })}
              </GovButton>
            </fieldset>
          ))}
          <div className="actions">
            <GovButton color="primary" type="outlined" onClick={() => setGoal(i, { steps: [...g.steps, emptyStep(firstOwner)] })}>
              {t("plan.addStep", { goal: i + 1 })}
            </GovButton>
            {goals.length > 1 && (
              <GovButton color="neutral" type="base" onClick={() => setGoals((old) => old.filter((_, j) => j !== i))}>
                {t("plan.removeGoal", { n: i + 1 })}
              </GovButton>
            )}
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <GovButton color="primary" type="outlined"
          onClick={() => setGoals((old) => [...old, { what: "", progressIndicator: "", fromFactorId: "", steps: [emptyStep(firstOwner)] }])}>
          {t("plan.addGoal")}
        </GovButton>
      </div>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{plan ? t("plan.saveRevision") : t("plan.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
