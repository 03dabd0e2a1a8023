import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  GovButton, GovFormControl, GovFormInput, GovFormLabel, GovFormMessage, GovFormSelect, GovMessage,
} from "@gov-design-system-ce/react";
import { ApiError } from "./api";

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: string;
  name?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text";
}

/** A labelled input whose error (from the API's problem+json or the form) is shown beside it and announced. */
export function Field({ label, value, onChange, error, hint, required, type = "text", name, autoComplete, inputMode }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <GovFormControl size="m" invalid={!!error}
      top={<GovFormLabel size="m" identifier={id} required={required}>{label}</GovFormLabel>}
      bottom={<>
        {hint && <GovFormMessage size="m" identifier={`${id}-hint`}>{hint}</GovFormMessage>}
        {error && <GovFormMessage size="m" identifier={`${id}-error`} color="error">{error}</GovFormMessage>}
      </>}>
      <GovFormInput size="m" identifier={id} name={name} type={type} value={value} required={required} invalid={!!error}
        autoComplete={autoComplete} inputMode={inputMode}
        aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
    </GovFormControl>
  );
}

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  required?: boolean;
}

export function Select({ label, value, onChange, options, error, required }: SelectProps) {
  const id = useId();
  return (
    <GovFormControl size="m" invalid={!!error}
      top={<GovFormLabel size="m" identifier={id} required={required}>{label}</GovFormLabel>}
      bottom={error ? <GovFormMessage size="m" identifier={`${id}-error`} color="error">{error}</GovFormMessage> : undefined}>
      <GovFormSelect size="m" identifier={id} value={value} invalid={!!error} required={required}
        aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </GovFormSelect>
    </GovFormControl>
  );
}

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A page's heading, focused when the page opens so a screen reader announces where the user is. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <h1 ref={ref} tabIndex={-1} className="page-title">{children}</h1>;
}

export function Loading() {
  const { t } = useTranslation();
  return <p role="status" aria-live="polite">{t("app.loading")}</p>;
}

/** A failed call, in Czech: 404 as "not found" (another organization's record looks the same), else a message. */
export function ErrorMessage({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.conflict) {
    return (
      <GovMessage color="warning">
        <h2 className="message-title">{t("conflict.title")}</h2>
        <p>{t("conflict.text")}</p>
        {onReload && <GovButton color="primary" type="outlined" onClick={onReload}>{t("conflict.reload")}</GovButton>}
      </GovMessage>
    );
  }
  if (error instanceof ApiError && error.sessionExpired) {
    return null; // the layout's banner says it
  }
  const text = error instanceof ApiError && error.status === 0 ? t("app.unreachable")
    : error instanceof ApiError && (error.status === 502 || error.status === 504) ? t("app.unreachable")
      : t("app.errorGeneric", { status: error instanceof ApiError ? error.status : "?" });
  return <GovMessage color="error"><p role="alert">{text}</p></GovMessage>;
}

/** Field errors: the API's paths mapped to the form's fields; the summary lists them for screen readers. */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: (field: string) => string }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="error-summary">
      <GovMessage color="error">
        <p>{t("errors.summary")}</p>
        <ul>{entries.map(([f, m]) => <li key={f}>{labels(f)}: {m}</li>)}</ul>
      </GovMessage>
    </div>
  );
}
