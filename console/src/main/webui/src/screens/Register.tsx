import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, call, type Family, type Me } from "../api";
import { Checkbox, ErrorMessage, ErrorSummary, Field, PageTitle, Select } from "../components";

const ROLES = ["PARENT", "CHILD", "GUARDIAN", "GRANDPARENT", "SIBLING", "RELATIVE", "FRIEND", "NEIGHBOUR", "OTHER"];

interface MemberForm { firstName: string; lastName: string; role: string; birthDate: string; relation: string }
const emptyMember = (role = "PARENT"): MemberForm => ({ firstName: "", lastName: "", role, birthDate: "", relation: "" });

/** Registering a family: household, members and wider network, address, socially excluded locality. */
export function Register({ user }: { user: Me | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState("");
  const [address, setAddress] = useState({ street: "", municipality: "", postalCode: "", locality: "", excluded: false });
  const [members, setMembers] = useState<MemberForm[]>([emptyMember()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const setMember = (i: number, k: keyof MemberForm) => (v: string) =>
    setMembers((ms) => ms.map((m, j) => (j === i ? { ...m, [k]: v } : m)));

  const label = (field: string): string => {
    const m = /^members\[(\d+)]\.(\w+)$/.exec(field);
    if (m) return `${t("register.member", { n: Number(m[1]) + 1 })} – ${t(`register.${m[2]}`)}`;
    const a = /^address\.(\w+)$/.exec(field);
    if (a) return t(`register.${a[1] === "sociallyExcludedLocality" ? "excluded" : a[1]}`);
    return t(`register.${field}`, { defaultValue: field });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t("errors.required");
    if (!address.municipality.trim()) local["address.municipality"] = t("errors.required");
    members.forEach((m, i) => {
      if (!m.firstName.trim()) local[`members[${i}].firstName`] = t("errors.required");
      if (!m.lastName.trim()) local[`members[${i}].lastName`] = t("errors.required");
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const { data } = await call<Family>("POST", "family", "families", {
        body: {
          name: name.trim(),
          address: {
            street: address.street || null, municipality: address.municipality, postalCode: address.postalCode || null,
            locality: address.locality || null, sociallyExcludedLocality: address.excluded,
          },
          members: members.map((m) => ({
            firstName: m.firstName, lastName: m.lastName, role: m.role, birthDate: m.birthDate || null, relation: m.relation || null,
          })),
        },
      });
      navigate(`/rodiny/${data.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <PageTitle>{t("register.title")}</PageTitle>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={label} />
        {failure ? <ErrorMessage error={failure} /> : null}
        <fieldset>
          <legend>{t("register.household")}</legend>
          <Field label={t("register.name")} hint={t("register.nameHint")} value={name} onChange={setName} required error={errors.name} />
        </fieldset>
        <fieldset>
          <legend>{t("register.address")}</legend>
          <Field label={t("register.street")} value={address.street} autoComplete="off"
            onChange={(v) => setAddress({ ...address, street: v })} error={errors["address.street"]} />
          <Field label={t("register.municipality")} value={address.municipality} required
            onChange={(v) => setAddress({ ...address, municipality: v })} error={errors["address.municipality"]} />
          <Field label={t("register.postalCode")} value={address.postalCode} inputMode="numeric"
            onChange={(v) => setAddress({ ...address, postalCode: v })} error={errors["address.postalCode"]} />
          <Field label={t("register.locality")} hint={t("register.localityHint")} value={address.locality}
            onChange={(v) => setAddress({ ...address, locality: v })} error={errors["address.locality"]} />
          <Checkbox label={t("register.excluded")} checked={address.excluded} onChange={(v) => setAddress({ ...address, excluded: v })} />
        </fieldset>
        <fieldset>
          <legend>{t("register.members")}</legend>
          {members.map((m, i) => (
            <fieldset key={i} className="member">
              <legend>{t("register.member", { n: i + 1 })}</legend>
              <Field label={t("register.firstName")} value={m.firstName} onChange={setMember(i, "firstName")} required error={errors[`members[${i}].firstName`]} />
              <Field label={t("register.lastName")} value={m.lastName} onChange={setMember(i, "lastName")} required error={errors[`members[${i}].lastName`]} />
              <Select label={t("register.role")} value={m.role} onChange={setMember(i, "role")}
                options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} error={errors[`members[${i}].role`]} />
              <Field label={t("register.birthDate")} type="date" value={m.birthDate} onChange={setMember(i, "birthDate")} error={errors[`members[${i}].birthDate`]} />
              <Field label={t("register.relation")} value={m.relation} onChange={setMember(i, "relation")} error={errors[`members[${i}].relation`]} />
              {members.length > 1 && (
                <GovButton color="error" type="base" onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))}>
                  {t("register.removeMember", { n: i + 1 })}
                </GovButton>
              )}
            </fieldset>
          ))}
          <GovButton color="primary" type="outlined" onClick={() => setMembers((ms) => [...ms, emptyMember("CHILD")])}>
            {t("register.addMember")}
          </GovButton>
        </fieldset>
        <fieldset>
          <legend>{t("register.team")}</legend>
          <p>{t("register.teamText", { name: user?.name ?? user?.username ?? "" })}</p>
        </fieldset>
        <GovButton color="primary" type="solid" nativeType="submit" disabled={busy} aria-disabled={busy}>{t("register.submit")}</GovButton>
      </form>
    </section>
  );
}
