import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors } from "#app/components/ui/field.tsx";
import { PASSWORD_MIN, ResetPasswordSchema } from "#app/modules/accounts/accounts.schema.ts";
import { isEmailTokenValid, resetPassword } from "#app/modules/accounts/accounts.server.ts";
import { clearSignInFailures } from "#app/modules/accounts/sign-in.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import { createSession, sessionCookie } from "#app/utils/session.server.ts";

export const handle = { i18n: ["accounts"] };
export const meta = titleMeta;

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const valid = await isEmailTokenValid(params.token ?? "", "RESET_PASSWORD");
  return { title: getFixedT(locale, "accounts")("reset.title"), valid, locale };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  await consume("resetIp", context.clientIp);
  const submission = parseWithZod(await readForm(request), { schema: ResetPasswordSchema });
  if (submission.status !== "success")
    return reply(400, { result: submission.reply({ hideFields: ["password", "confirm"] }) });
  const user = await resetPassword(params.token ?? "", submission.value.password);
  if (!user)
    return reply(400, {
      result: submission.reply({ formErrors: ["accounts:reset.invalid"], hideFields: ["password", "confirm"] }),
    });
  // The emailed link proves the owner: failed sign-ins counted against the account no longer hold them back.
  await clearSignInFailures(user.email, context.clientIp);
  const session = await createSession(user.id, {
    userAgent: request.headers.get("user-agent"),
    ipAddress: context.clientIp,
  });
  return redirect(`/${locale}/account?notice=passwordReset`, {
    headers: { "Set-Cookie": sessionCookie(request, session.token, session.expiresAt) },
  });
}

export default function ResetPassword() {
  const { t } = useTranslation("accounts");
  const { valid, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    id: "reset",
    lastResult: actionData?.result,
    constraint: getZodConstraint(ResetPasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  });
  if (!valid && !actionData) {
    return (
      <div className="narrow">
        <h1>{t("reset.title")}</h1>
        <p role="alert" className="notice notice-error">
          {t("reset.invalid")}
        </p>
        <p>
          <Link to={`/${locale}/forgot-password`}>{t("reset.again")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("reset.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors errors={form.errors} id={form.errorId} />
        <Field
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint", { count: PASSWORD_MIN })}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.password.errors}
        />
        <Field
          label={t("fields.confirmPassword")}
          inputProps={{ ...getInputProps(fields.confirm, { type: "password" }), autoComplete: "new-password" }}
          errors={fields.confirm.errors}
        />
        <button type="submit" className="button">
          {t("reset.submit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
