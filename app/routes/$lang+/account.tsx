import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, Notice, SelectField } from "#app/components/ui/field.tsx";
import { AccountSchema, ChangePasswordSchema, PASSWORD_MIN, ProfileSchema } from "#app/modules/accounts/accounts.schema.ts";
import {
  changePassword,
  endOwnSession,
  getAccount,
  listSessions,
  sendVerificationEmail,
  updateProfile,
} from "#app/modules/accounts/accounts.server.ts";
import { listMyOrganisations } from "#app/modules/orgs/orgs.server.ts";
import { requireSession } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales } from "#app/utils/i18n.ts";
import { describeUserAgent, formatDateTime } from "#app/utils/format.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { invalidateUserSessions } from "#app/utils/session.server.ts";

export const handle = { i18n: ["accounts", "orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const session = await requireSession(request, context);
  const [account, sessions, organisations] = await Promise.all([
    getAccount(session.user.id),
    listSessions(session.user.id),
    listMyOrganisations(session.user.id),
  ]);
  return {
    title: getFixedT(locale, "accounts")("account.title"),
    locale,
    account,
    currentSessionId: session.id,
    sessions: sessions.map((s) => ({ ...s, device: describeUserAgent(s.userAgent) })),
    organisations,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  const session = await requireSession(request, context);
  const userId = session.user.id;
  const submission = parseWithZod(await readForm(request), { schema: AccountSchema });
  if (submission.status !== "success") {
    const intent = submission.payload.intent;
    return data({ intent, result: submission.reply({ hideFields: ["currentPassword", "password", "confirm"] }), notice: null }, { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "profile":
      await updateProfile(userId, { name: value.name, locale: value.locale });
      return { intent: value.intent, result: submission.reply(), notice: "profileSaved" };
    case "password": {
      if (value.password !== value.confirm) {
        return data(
          { intent: value.intent, result: submission.reply({ fieldErrors: { confirm: ["validation:passwordsDiffer"] }, hideFields: ["currentPassword", "password", "confirm"] }), notice: null },
          { status: 400 },
        );
      }
      const ok = await changePassword(userId, value.currentPassword, value.password, session.id);
      if (!ok) {
        return data(
          { intent: value.intent, result: submission.reply({ fieldErrors: { currentPassword: ["validation:wrongPassword"] }, hideFields: ["currentPassword", "password", "confirm"] }), notice: null },
          { status: 400 },
        );
      }
      return { intent: value.intent, result: submission.reply({ resetForm: true }), notice: "passwordChanged" };
    }
    case "signOutOthers":
      await invalidateUserSessions(userId, session.id);
      return { intent: value.intent, result: submission.reply(), notice: "signedOutOthers" };
    case "signOutSession":
      await endOwnSession(userId, value.sessionId);
      return { intent: value.intent, result: submission.reply(), notice: "sessionEnded" };
    case "resendVerification": {
      const account = await getAccount(userId);
      if (!account.emailVerifiedAt) await sendVerificationEmail(account, publicOrigin(request));
      return { intent: value.intent, result: submission.reply(), notice: "verificationSent" };
    }
  }
}

/** Notices that other pages may ask for through ?notice= (anything else is ignored). */
const URL_NOTICES = ["welcome", "passwordReset", "leftOrg"];

export default function Account() {
  const { t } = useTranslation("accounts");
  const { account, sessions, currentSessionId, organisations, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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

      {!account.emailVerifiedAt ? (
        <section className="callout" aria-labelledby="verify-title">
          <h2 id="verify-title">{t("account.verify.title")}</h2>
          <p>{t("account.verify.body", { email: account.email })}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="resendVerification" />
            <button type="submit" className="button button-secondary">
              {t("account.verify.resend")}
            </button>
          </Form>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t("account.orgs.title")}</h2>
        {organisations.length ? (
          <ul className="plain-list">
            {organisations.map((m) => (
              <li key={m.org.id}>
                <Link to={`/${locale}/orgs/${m.org.slug}`}>{m.org.name}</Link>{" "}
                <span className="badge">{t(`orgs:roles.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("account.orgs.none")}</p>
        )}
        <p>
          <Link to={`/${locale}/orgs/new`} className="button button-secondary">
            {t("account.orgs.create")}
          </Link>
        </p>
      </section>

      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t("account.profile.title")}</h2>
        <p>
          {t("fields.email")}: <strong>{account.email}</strong>{" "}
          {account.emailVerifiedAt ? <span className="badge badge-ok">{t("account.verified")}</span> : <span className="badge">{t("account.unverified")}</span>}
        </p>
        <Form method="post" {...getFormProps(profileForm)} className="stack">
          <input type="hidden" name="intent" value="profile" />
          <Field label={t("fields.name")} inputProps={{ ...getInputProps(profile.name, { type: "text" }), autoComplete: "name" }} errors={profile.name.errors} />
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
            inputProps={{ ...getInputProps(pw.currentPassword, { type: "password" }), autoComplete: "current-password" }}
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

      <section className="panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessions.title")}</h2>
        <p>{t("account.sessions.count", { count: sessions.length })}</p>
        <div className="table-wrap">
          {/* On phones the rows reflow into cards (app.css .reflow-table): a scrolled table
              holding only text could not be reached by keyboard. Explicit roles keep the table semantics. */}
          <table className="reflow-table" role="table">
            <caption className="visually-hidden">{t("account.sessions.title")}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t("account.sessions.device")}</th>
                <th scope="col" role="columnheader">{t("account.sessions.started")}</th>
                <th scope="col" role="columnheader">{t("account.sessions.lastSeen")}</th>
                <th scope="col" role="columnheader">
                  <span className="visually-hidden">{t("account.sessions.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {sessions.map((s) => (
                <tr key={s.id} role="row">
                  <td role="cell">
                    {s.device}
                    {s.ipAddress ? <span className="muted"> · {s.ipAddress}</span> : null}
                  </td>
                  <td role="cell" data-label={t("account.sessions.started")}>{formatDateTime(s.createdAt, locale)}</td>
                  <td role="cell" data-label={t("account.sessions.lastSeen")}>{formatDateTime(s.lastSeenAt, locale)}</td>
                  <td role="cell">
                    {s.id === currentSessionId ? (
                      <span className="badge badge-ok">{t("account.sessions.current")}</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="signOutSession" />
                        <input type="hidden" name="sessionId" value={s.id} />
                        <button type="submit" className="link-button">
                          {t("account.sessions.end")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {sessions.length > 1 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="signOutOthers" />
            <button type="submit" className="button button-secondary">
              {t("account.sessions.signOutOthers")}
            </button>
          </Form>
        ) : null}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
