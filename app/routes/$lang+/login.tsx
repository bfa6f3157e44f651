import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors } from "#app/components/ui/field.tsx";
import { LoginSchema } from "#app/modules/accounts/accounts.schema.ts";
import { signInWithPassword } from "#app/modules/accounts/sign-in.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { requireAnonymous, safeRedirectPath } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import { createSession, sessionCookie } from "#app/utils/session.server.ts";

export const handle = { i18n: ["accounts"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "");
  await requireAnonymous(request, context, redirectTo || `/${locale}/account`);
  return { title: getFixedT(locale, "accounts")("login.title"), locale, redirectTo };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  await consume("loginIp", context.clientIp);
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply({ hideFields: ["password"] }) });
  const { email, password, redirectTo } = submission.value;
  const { user, retryAfter } = await signInWithPassword(email, password, context.clientIp);
  if (retryAfter) {
    return data<ActionResult>(
      { result: submission.reply({ formErrors: ["accounts:login.tooManyAttempts"], hideFields: ["password"] }) },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }
  if (!user)
    return reply(400, {
      result: submission.reply({ formErrors: ["accounts:login.invalid"], hideFields: ["password"] }),
    });
  const session = await createSession(user.id, {
    userAgent: request.headers.get("user-agent"),
    ipAddress: context.clientIp,
  });
  return redirect(safeRedirectPath(redirectTo, `/${locale}/account`), {
    headers: { "Set-Cookie": sessionCookie(request, session.token, session.expiresAt) },
  });
}

export default function Login() {
  const { t } = useTranslation("accounts");
  const { locale, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    constraint: getZodConstraint(LoginSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  });
  return (
    <div className="narrow">
      <h1>{t("login.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors errors={form.errors} id={form.errorId} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label={t("fields.email")}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <Field
          label={t("fields.password")}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
          errors={fields.password.errors}
        />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to={`/${locale}/forgot-password`}>{t("login.forgot")}</Link>
      </p>
      <p>
        {t("login.noAccount")}{" "}
        <Link to={`/${locale}/signup${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`}>
          {t("login.signUpLink")}
        </Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
