import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";

/**
 * Zod messages are i18n keys, optionally with parameters after a bar:
 * `validation:tooShort|count=12`. Translated only when rendered.
 */
export function translateError(t: TFunction, message: string): string {
  const [key, query] = message.split("|");
  // Numbers stay numbers so that i18next picks the locale's plural form.
  const params = Object.fromEntries(
    [...new URLSearchParams(query ?? "")].map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]),
  );
  const translated = t(key, { ...params, defaultValue: "" });
  return translated || t("validation:invalid");
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const { t } = useTranslation();
  const list = errors?.filter(Boolean) ?? [];
  if (!list.length) return null;
  return (
    <ul id={id} className="field-errors">
      {list.map((e) => (
        <li key={e}>{translateError(t, e)}</li>
      ))}
    </ul>
  );
}

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { key?: string };

/** A labelled input with its hint and translated errors, wired for screen readers. */
export function Field({
  label,
  hint,
  inputProps,
  errors,
  errorId,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  inputProps: InputProps;
  errors?: string[] | null;
  errorId?: string;
}) {
  const fallbackId = useId();
  const id = inputProps.id ?? fallbackId;
  const errId = errorId ?? `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  const hasErrors = !!errors?.length;
  const { key, ...rest } = inputProps;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        key={key}
        {...rest}
        id={id}
        aria-invalid={hasErrors || undefined}
        aria-describedby={[hintId, hasErrors ? errId : undefined].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errId} errors={errors} />
    </div>
  );
}

type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & { key?: string };

export function SelectField({
  label,
  selectProps,
  options,
  errors,
}: {
  label: React.ReactNode;
  selectProps: SelectProps;
  /** `lang` marks a label written in another language than the page (language names). */
  options: { value: string; label: string; lang?: string }[];
  errors?: string[] | null;
}) {
  const fallbackId = useId();
  const id = selectProps.id ?? fallbackId;
  const errId = `${id}-error`;
  const hasErrors = !!errors?.length;
  const { key, required, ...rest } = selectProps;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        key={key}
        {...rest}
        // HTML allows `required` on a select only when its first option is an empty placeholder;
        // without one the select always has a value and the server's schema is the check.
        required={required && options[0]?.value === "" ? true : undefined}
        id={id}
        aria-invalid={hasErrors || undefined}
        aria-describedby={hasErrors ? errId : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorList id={errId} errors={errors} />
    </div>
  );
}

/** Form-level errors (not tied to one field), announced politely. */
export function FormErrors({ errors, id }: { errors?: string[] | null; id?: string }) {
  if (!errors?.length) return null;
  return (
    <div className="form-errors" role="alert" id={id}>
      <ErrorList errors={errors} />
    </div>
  );
}

/** A one-line success or info message after an action. */
export function Notice({ children, tone = "success" }: { children: React.ReactNode; tone?: "success" | "info" }) {
  return (
    <p className={`notice notice-${tone}`} role="status">
      {children}
    </p>
  );
}

type TextareaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string };

/** A labelled textarea with hint and translated errors. */
export function TextareaField({
  label,
  hint,
  textareaProps,
  errors,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  textareaProps: TextareaProps;
  errors?: string[] | null;
}) {
  const fallbackId = useId();
  const id = textareaProps.id ?? fallbackId;
  const errId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  const hasErrors = !!errors?.length;
  const { key, ...rest } = textareaProps;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        key={key}
        rows={4}
        {...rest}
        id={id}
        aria-invalid={hasErrors || undefined}
        aria-describedby={[hintId, hasErrors ? errId : undefined].filter(Boolean).join(" ") || undefined}
      />
      <ErrorList id={errId} errors={errors} />
    </div>
  );
}

/** A group of checkboxes sharing one name (a multi-choice field), in a fieldset. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  errors,
  columns = true,
}: {
  legend: React.ReactNode;
  name: string;
  options: { value: string; label: string }[];
  selected: readonly string[] | string | undefined;
  errors?: string[] | null;
  columns?: boolean;
}) {
  const id = useId();
  const chosen = new Set(typeof selected === "string" ? [selected] : (selected ?? []));
  const hasErrors = !!errors?.length;
  return (
    <fieldset
      className={columns ? "checkbox-group checkbox-columns" : "checkbox-group"}
      aria-describedby={hasErrors ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="field-checkbox" key={o.value}>
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={chosen.has(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <ErrorList id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
