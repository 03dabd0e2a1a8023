import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { call, type Family, type Page, type StaffMember } from "../api";
import { ErrorMessage, ErrorSummary, Loading, Select } from "../components";
import { useSubmit } from "../useSubmit";

const TEAM_ROLES = ["FAMILY_ASSISTANT", "COMMUNITY_WORKER", "PEDAGOGICAL_ASSISTANT", "OTHER"];

/**
 * The team editor: the key worker and team members are picked from the organization's staff as Keycloak knows
 * them (GET /staff); only their ids are sent, the service takes the names from Keycloak. If-Match: the family's
 * ETag; a 412 keeps the choices and offers to reload the version.
 */
export function TeamEditor({ family, etag, onDone, onCancel, onReload }: {
  family: Family; etag: string | null; onDone: (f: Family, etag: string | null) => void; onCancel: () => void; onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [keyWorker, setKeyWorker] = useState(family.keyWorker?.id ?? "");
  const [members, setMembers] = useState(family.team.map((m) => ({ id: m.worker.id, role: m.role })));
  const { errors, failure, setFailure, busy, run } = useSubmit();
  useEffect(() => {
    call<Page<StaffMember>>("GET", "family", "staff", { query: { limit: "100" } }).then((r) => setStaff(r.data.items)).catch(setFailure);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const r = await call<Family>("PUT", "family", `families/${family.id}/team`, {
        body: { keyWorker: keyWorker ? { id: keyWorker } : null, members: members.map((m) => ({ worker: { id: m.id }, role: m.role })) },
        ifMatch: etag,
      });
      onDone(r.data, r.etag);
    });
  }

  if (staff === null) return failure ? <ErrorMessage error={failure} /> : <Loading />;
  const options = staff.map((s) => ({ value: s.id, label: `${s.name} (${s.roles.map((r) => t(`userRole.${r}`, { defaultValue: r })).join(", ")})` }));
  const label = (field: string) => {
    const m = /^members\[(\d+)]/.exec(field);
    return field.startsWith("keyWorker") ? t("teamRole.KEY_WORKER") : m ? t("team.member", { n: Number(m[1]) + 1 }) : field;
  };
  return (
    <form onSubmit={submit} noValidate className="subform" aria-labelledby="team-form-title">
      <h4 id="team-form-title">{t("team.edit")}</h4>
      <p className="muted">{t("team.fromKeycloak")}</p>
      <ErrorSummary errors={errors} labels={label} />
      {failure ? <ErrorMessage error={failure} onReload={() => void onReload().then(() => setFailure(null))} /> : null}
      <Select label={t("teamRole.KEY_WORKER")} value={keyWorker} onChange={setKeyWorker} error={errors["keyWorker.id"]}
        options={[{ value: "", label: t("team.nobody") }, ...options]} />
      {members.map((m, i) => (
        <fieldset key={i} className="member">
          <legend>{t("team.member", { n: i + 1 })}</legend>
          <Select label={t("team.worker", { n: i + 1 })} value={m.id} error={errors[`members[${i}].worker.id`]}
            onChange={(v) => setMembers((old) => old.map((x, j) => (j === i ? { ...x, id: v } : x)))} options={options} />
          <Select label={t("team.role", { n: i + 1 })} value={m.role}
            onChange={(v) => setMembers((old) => old.map((x, j) => (j === i ? { ...x, role: v } : x)))}
            options={TEAM_ROLES.map((r) => ({ value: r, label: t(`teamRole.${r}`) }))} />
          <GovButton color="neutral" type="base" onClick={() => setMembers((old) => old.filter((_, j) => j !== i))}>
            {t("team.remove", { n: i + 1 })}
          </GovButton>
        </fieldset>
      ))}
      <div className="actions">
        <GovButton color="primary" type="outlined" disabled={staff.length === 0}
          onClick={() => setMembers((old) => [...old, { id: staff[0]?.id ?? "", role: "FAMILY_ASSISTANT" }])}>{t("team.add")}</GovButton>
      </div>
      <div className="actions">
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("team.save")}</GovButton>
        <GovButton color="neutral" type="base" onClick={onCancel}>{t("consent.cancel")}</GovButton>
      </div>
    </form>
  );
}
