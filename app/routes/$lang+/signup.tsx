import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { ErrorList, Field, SelectField } from "#app/components/ui/field.tsx";
import { PASSWORD_MIN, SignupSchema } from "#app/modules/accounts/accounts.schema.ts";
import { signUp } from "#app/modules/accounts/accounts.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { requireAnonymous } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

export const handle = { i18n: ["accounts"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireAnonymous(request, context, `/${locale}/account`);
  const redirectTo = new URL(request.url).searchParams.get("redirectTo") ?? "";
  return { title: getFixedT(locale, "accounts")("signup.title"), locale, redirectTo };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  await consume("signupIp", context.clientIp);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: SignupSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply({ hideFields: ["password"] }) });
  const { redirectTo: _redirectTo, ...input } = submission.value;
  // Per address too: the email to an existing account's owner must not become a way to flood their inbox.
  await consume("signupAccount", input.email);
  // The same answer for a new and a known address (no account probing): check your inbox.
  await signUp(input, publicOrigin(request));
  return redirect(`/${input.locale}/signup/sent`);
}

export default function Signup() {
  const { t } = useTranslation("accounts");
  const { locale, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "signup",
    lastResult: actionData?.result,
    constraint: getZodConstraint(SignupSchema),
    defaultValue: { locale },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
  });
  return (
    <div className="narrow">
      <h1>{t("signup.title")}</h1>
      <p className="lead">{t("signup.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label={t("fields.name")}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
          errors={fields.name.errors}
        />
        <Field
          label={t("fields.email")}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <Field
          label={t("fields.password")}
          hint={t("fields.passwordHint", { count: PASSWORD_MIN })}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
        />
        <SelectField
          label={t("fields.locale")}
          selectProps={getSelectProps(fields.locale)}
          options={locales.map((l) => ({ value: l, label: localeNames[l], lang: l }))}
          errors={fields.locale.errors}
        />
        <div className="field field-checkbox">
          <input
            {...getInputProps(fields.consent, { type: "checkbox" })}
            aria-describedby={fields.consent.errors ? `${fields.consent.id}-error` : undefined}
          />
          <label htmlFor={fields.consent.id}>
            <Trans t={t} i18nKey="signup.consent" components={{ privacy: <Link to={`/${locale}/privacy`} /> }} />
          </label>
          <ErrorList id={`${fields.consent.id}-error`} errors={fields.consent.errors} />
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("signup.submit")}
        </button>
      </Form>
      <p>
        {t("signup.haveAccount")} <Link to={`/${locale}/login`}>{t("signup.signInLink")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
