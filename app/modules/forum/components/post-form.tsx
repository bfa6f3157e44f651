import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, FormErrors } from "#app/components/ui/field.tsx";
import { localeNames, locales } from "#app/utils/i18n.ts";

/**
 * A Markdown body with a preview that works without JavaScript: the preview
 * button posts the form and the page comes back with the rendered HTML and
 * the text still in the box.
 */
export function BodyField({
  id,
  defaultValue,
  errors,
  autoFocus,
}: {
  id: string;
  defaultValue?: string;
  errors?: string[];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("forum");
  return (
    <div className="field">
      <label htmlFor={id}>{t("form.body")}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t("form.bodyHint")}
      </p>
      <textarea
        id={id}
        name="body"
        rows={8}
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : ""].join(" ").trim()}
      />
      <ErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function LanguageSelect({ id, value, errors }: { id: string; value: string; errors?: string[] }) {
  const { t } = useTranslation("forum");
  return (
    <div className="field">
      <label htmlFor={id}>{t("form.language")}</label>
      <select
        id={id}
        name="language"
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
      <ErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Fields every post form carries: a one-time key (a double submit creates one post) and a honeypot. */
export function PostFormGuards({ idempotencyKey }: { idempotencyKey: string }) {
  const { t } = useTranslation("forum");
  return (
    <>
      <input type="hidden" name="key" value={idempotencyKey} />
      <div className="hp" aria-hidden="true">
        <label htmlFor={`website-${idempotencyKey}`}>{t("form.honeypot")}</label>
        <input id={`website-${idempotencyKey}`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
    </>
  );
}

export function Preview({ html }: { html?: string | null }) {
  const { t } = useTranslation("forum");
  if (!html) return null;
  return (
    <section className="post-preview" aria-labelledby="preview-title">
      <h3 id="preview-title">{t("form.previewTitle")}</h3>
      <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}

export function SubmitButtons({
  submit,
  preview,
}: {
  submit: { intent: string; label: string };
  preview: { intent: string; label: string };
}) {
  const busy = useNavigation().state === "submitting";
  return (
    <p className="actions">
      <button type="submit" name="intent" value={submit.intent} className="button" disabled={busy}>
        {submit.label}
      </button>
      <button type="submit" name="intent" value={preview.intent} className="button button-secondary" disabled={busy}>
        {preview.label}
      </button>
    </p>
  );
}

export { Form, FormErrors };
