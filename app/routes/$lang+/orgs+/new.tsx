import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, SelectField } from "#app/components/ui/field.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { createOrgAction } from "#app/modules/orgs/orgs-actions.server.ts";
import { newOrgPage } from "#app/modules/orgs/orgs-page.server.ts";
import { OrganisationSchema, orgTypes } from "#app/modules/orgs/orgs.schema.ts";
import { readForm } from "#app/utils/form.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return newOrgPage(await requireViewer(request, context), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await requireViewer(request, context);
  return createOrgAction(viewer, await readForm(request), locale);
}

export default function NewOrganisation() {
  const { t } = useTranslation("orgs");
  const { countries: countryOptions, verified, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "new-org",
    lastResult: actionData?.result,
    constraint: getZodConstraint(OrganisationSchema),
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganisationSchema }),
  });
  return (
    <div className="narrow">
      <h1>{t("new.title")}</h1>
      <p className="lead">{t("new.intro")}</p>
      {!verified ? (
        <p className="notice notice-error" role="alert">
          {t("new.verifyFirst")} <Link to={`/${locale}/account`}>{t("new.toAccount")}</Link>
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors errors={form.errors} id={form.errorId} />
        <Field
          label={t("fields.name")}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "organization" }}
          errors={fields.name.errors}
        />
        <SelectField
          label={t("fields.type")}
          selectProps={getSelectProps(fields.type)}
          options={[
            { value: "", label: t("fields.choose") },
            ...orgTypes.map((v) => ({ value: v, label: t(`types.${v}`) })),
          ]}
          errors={fields.type.errors}
        />
        <SelectField
          label={t("fields.country")}
          selectProps={getSelectProps(fields.country)}
          options={[{ value: "", label: t("fields.choose") }, ...countryOptions]}
          errors={fields.country.errors}
        />
        <Field
          label={t("fields.city")}
          inputProps={{ ...getInputProps(fields.city, { type: "text" }), autoComplete: "address-level2" }}
          errors={fields.city.errors}
        />
        <button type="submit" className="button" disabled={!verified}>
          {t("new.submit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
