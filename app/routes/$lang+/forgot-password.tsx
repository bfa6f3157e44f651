import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, Notice } from "#app/components/ui/field.tsx";
import { ForgotPasswordSchema } from "#app/modules/accounts/accounts.schema.ts";
import { requestPasswordReset } from "#app/modules/accounts/accounts.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

export const handle = { i18n: ["accounts"], cache: "public" };
export const meta = titleMeta;

export function loader({ params }: LoaderFunctionArgs) {
  return { title: getFixedT(routeLocale(params), "accounts")("forgot.title") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  await consume("resetIp", context.clientIp);
  const submission = parseWithZod(await readForm(request), { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply() });
  await consume("resetAccount", submission.value.email);
  await requestPasswordReset(submission.value.email, publicOrigin(request));
  // The same answer whether or not the account exists: no address probing.
  return reply(200, { result: submission.reply({ resetForm: true }), notice: "sent" });
}

export default function ForgotPassword() {
  const { t } = useTranslation("accounts");
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    id: "forgot",
    lastResult: actionData?.result,
    constraint: getZodConstraint(ForgotPasswordSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  });
  return (
    <div className="narrow">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      {actionData?.notice === "sent" ? <Notice>{t("forgot.sent")}</Notice> : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field
          label={t("fields.email")}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
          errors={fields.email.errors}
        />
        <button type="submit" className="button">
          {t("forgot.submit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
