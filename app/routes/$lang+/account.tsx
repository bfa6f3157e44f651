import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, Notice, SelectField } from "#app/components/ui/field.tsx";
import { accountActions } from "#app/modules/accounts/account-actions.server.ts";
import { accountPage } from "#app/modules/accounts/account-page.server.ts";
import { ChangePasswordSchema, PASSWORD_MIN, ProfileSchema } from "#app/modules/accounts/accounts.schema.ts";
import {
  MyOrganisations,
  SessionsSection,
  VerifyEmailCallout,
} from "#app/modules/accounts/components/account-sections.tsx";
import { dispatchIntent, type ActionResult } from "#app/utils/action.server.ts";
import { requireSession } from "#app/utils/auth.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["accounts", "orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return accountPage(await requireSession(request, context), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  const session = await requireSession(request, context);
  return dispatchIntent(request, accountActions, { session, origin: publicOrigin(request) });
}

/** Notices that other pages may ask for through ?notice= (anything else is ignored). */
const URL_NOTICES = ["welcome", "passwordReset", "leftOrg"];

export default function Account() {
  const { t } = useTranslation("accounts");
  const { account, sessions, currentSessionId, organisations, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [searchParams] = useSearchParams();
  const fromUrl = searchParams.get("notice");
  const notice = actionData?.notice ?? (fromUrl && URL_NOTICES.includes(fromUrl) ? fromUrl : null);
  const [profileForm, profile] = useForm({
    id: "profile",
    lastResult: actionData?.intent === "profile" ? actionData.result : undefined,
    constraint: getZodConstraint(ProfileSchema),
    defaultValue: { name: account.name, locale: account.locale },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
  });
  const [passwordForm, pw] = useForm({
    id: "password",
    lastResult: actionData?.intent === "password" ? actionData.result : undefined,
    constraint: getZodConstraint(ChangePasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  });

  return (
    <div className="page">
      <h1>{t("account.title")}</h1>
      {notice ? <Notice>{t(`account.notice.${notice}`)}</Notice> : null}

      {!account.emailVerifiedAt ? <VerifyEmailCallout email={account.email} /> : null}
      <MyOrganisations locale={locale} organisations={organisations} />

      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("account.profile.title")}</h2>
        <p>
          {t("fields.email")}: <strong>{account.email}</strong>{" "}
          {account.emailVerifiedAt ? (
            <span className="badge badge-ok">{t("account.verified")}</span>
          ) : (
            <span className="badge">{t("account.unverified")}</span>
          )}
        </p>
        <Form method="post" {...getFormProps(profileForm)} className="stack">
          <input type="hidden" name="intent" value="profile" />
          <Field
            label={t("fields.name")}
            inputProps={{ ...getInputProps(profile.name, { type: "text" }), autoComplete: "name" }}
            errors={profile.name.errors}
          />
          <SelectField
            label={t("fields.locale")}
            selectProps={getSelectProps(profile.locale)}
            options={locales.map((l) => ({ value: l, label: localeNames[l], lang: l }))}
            errors={profile.locale.errors}
          />
          <button type="submit" className="button">
            {t("account.profile.submit")}
          </button>
        </Form>
      </section>

      <section className="panel" aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password.title")}</h2>
        <Form method="post" {...getFormProps(passwordForm)} className="stack">
          <FormErrors errors={passwordForm.errors} id={passwordForm.errorId} />
          <input type="hidden" name="intent" value="password" />
          <Field
            label={t("fields.currentPassword")}
            inputProps={{
              ...getInputProps(pw.currentPassword, { type: "password" }),
              autoComplete: "current-password",
            }}
            errors={pw.currentPassword.errors}
          />
          <Field
            label={t("fields.newPassword")}
            hint={t("fields.passwordHint", { count: PASSWORD_MIN })}
            inputProps={{ ...getInputProps(pw.password, { type: "password" }), autoComplete: "new-password" }}
            errors={pw.password.errors}
          />
          <Field
            label={t("fields.confirmPassword")}
            inputProps={{ ...getInputProps(pw.confirm, { type: "password" }), autoComplete: "new-password" }}
            errors={pw.confirm.errors}
          />
          <button type="submit" className="button">
            {t("account.password.submit")}
          </button>
        </Form>
      </section>

      <SessionsSection locale={locale} sessions={sessions} currentSessionId={currentSessionId} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
