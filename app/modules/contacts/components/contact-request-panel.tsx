import { getFormProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { ErrorList, FormErrors } from "#app/components/ui/field.tsx";
import { ContactRequestSchema } from "../contacts.schema.ts";
import type { ActionResult } from "#app/utils/action.server.ts";
import { formatDate } from "#app/utils/format.ts";
import type { contactRequestPanel } from "../contact-request-panel.server.ts";

/** What the panel needs: the panel's own data plus a little of the profile it sits on. */
type PanelData = Awaited<ReturnType<typeof contactRequestPanel>> & {
  locale: string;
  signedIn: boolean;
  isOwnOrg: boolean;
  org: { slug: string };
};

/** The form that asks an organisation for contact, on behalf of one of the sender's organisations. */
function ContactRequestForm({ d, lastResult }: { d: PanelData; lastResult: ActionResult["result"] }) {
  const { t } = useTranslation("directory");
  const [form, fields] = useForm({
    id: "contact-request",
    lastResult,
    constraint: getZodConstraint(ContactRequestSchema),
    defaultValue: { fromOrgId: d.fromOrgs[0]?.id ?? "" },
    shouldValidate: "onBlur",
    // Errors clear while typing, so the button never jumps away under the pointer on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactRequestSchema }),
  });
  const describedBy = (f: { errors?: string[]; errorId: string }) => (f.errors ? f.errorId : undefined);
  return (
    <Form method="post" {...getFormProps(form)} className="stack narrow">
      <FormErrors errors={form.errors} id={form.errorId} />
      <input type="hidden" name="intent" value="requestContact" />
      <div className="field">
        <label htmlFor={fields.fromOrgId.id}>{t("request.from")}</label>
        <select
          {...getSelectProps(fields.fromOrgId)}
          aria-invalid={fields.fromOrgId.errors ? true : undefined}
          aria-describedby={describedBy(fields.fromOrgId)}
        >
          {d.fromOrgs.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        <ErrorList id={fields.fromOrgId.errorId} errors={fields.fromOrgId.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.message.id}>{t("request.message")}</label>
        <p className="field-hint" id={`${fields.message.id}-hint`}>
          {t("request.messageHint")}
        </p>
        <textarea
          {...getTextareaProps(fields.message)}
          rows={5}
          aria-invalid={fields.message.errors ? true : undefined}
          aria-describedby={[`${fields.message.id}-hint`, fields.message.errors ? fields.message.errorId : ""]
            .join(" ")
            .trim()}
        />
        <ErrorList id={fields.message.errorId} errors={fields.message.errors} />
      </div>
      <div className="field-checkbox">
        <input
          type="checkbox"
          id={fields.consent.id}
          name={fields.consent.name}
          aria-invalid={fields.consent.errors ? true : undefined}
          aria-describedby={describedBy(fields.consent)}
        />
        <label htmlFor={fields.consent.id}>{t("request.consent")}</label>
      </div>
      <ErrorList id={fields.consent.errorId} errors={fields.consent.errors} />
      <button type="submit" className="button">
        {t("request.submit")}
      </button>
    </Form>
  );
}

/**
 * The contact request panel of another organisation's profile: requests
 * already open, then a sign-in button, a hint to create an organisation
 * first, or the form.
 */
export function ContactRequestPanel({ d, lastResult }: { d: PanelData; lastResult: ActionResult["result"] }) {
  const { t } = useTranslation("directory");
  if (d.isOwnOrg) return null;
  return (
    <section aria-labelledby="request-title" className="panel page-section">
      <h2 id="request-title">{t("request.title")}</h2>
      <p>{t("request.intro")}</p>
      {d.pending.map((p) => (
        <p key={p.org} className="notice notice-info">
          {t("request.pending", { org: p.org, date: formatDate(p.since, d.locale) })}
        </p>
      ))}
      {!d.signedIn ? (
        <SignInButton locale={d.locale} returnTo={`/${d.locale}/partners/${d.org.slug}`}>
          {t("request.signIn")}
        </SignInButton>
      ) : d.fromOrgs.length === 0 ? (
        <p>
          {t("request.needOrg")} <Link to={`/${d.locale}/orgs/new`}>{t("request.createOrg")}</Link>
        </p>
      ) : (
        <ContactRequestForm d={d} lastResult={lastResult} />
      )}
    </section>
  );
}
