import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { CheckboxGroup, Field, FormErrors, Notice, SelectField, TextareaField } from "#app/components/ui/field.tsx";
import { OrgLogo } from "#app/modules/directory/components/org-logo.tsx";
import { LOGO_MAX_BYTES, ProfileSchema, logoTypes } from "#app/modules/directory/directory.schema.ts";
import { getProfile, removeLogo, saveLogo, updateProfile } from "#app/modules/directory/directory.server.ts";
import { cooperationTags, countries, orgTypes, sectors, sizes, workingLanguages } from "#app/utils/reference/vocabulary.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, locales } from "#app/utils/i18n.ts";
import { countryName, languageName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { assertCanOnOrg, findMembership, notFound } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["directory", "orgs"] };
export const meta = titleMeta;

async function editableProfile(request: Request, params: LoaderFunctionArgs["params"], context: LoaderFunctionArgs["context"]) {
  const user = await requireUser(request, context);
  const org = await getProfile(routeParam(params, "slug"));
  if (!org) throw notFound();
  assertCanOnOrg(user, await findMembership(user.id, org.id), "edit");
  return { user, org };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { org } = await editableProfile(request, params, context);
  const descriptions = (org.descriptions ?? {}) as Record<string, string>;
  return {
    title: getFixedT(locale, "directory")("edit.title", { name: org.name }),
    locale,
    slug: org.slug,
    name: org.name,
    logoHash: org.logoHash,
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
    languageNames: Object.fromEntries(workingLanguages.map((l) => [l, languageName(l, locale)])),
    defaults: {
      name: org.name,
      type: org.type,
      country: org.country,
      city: org.city,
      sectors: org.sectors,
      languages: org.languages,
      offers: org.offers,
      seeks: org.seeks,
      offerText: org.offerText,
      seekText: org.seekText,
      openForVisits: org.openForVisits ? "on" : undefined,
      website: org.website ?? "",
      foundedYear: org.foundedYear ? String(org.foundedYear) : "",
      size: org.size ?? "",
      contactEmail: org.contactEmail ?? "",
      ...Object.fromEntries(locales.map((l) => [`description_${l}`, descriptions[l] ?? ""])),
    } as Record<string, string | string[] | undefined>,
  };
}

type ActionResult = { intent: "profile" | "logo"; result?: SubmissionResult<string[]>; logoError?: string; notice?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { org } = await editableProfile(request, params, context);
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: LOGO_MAX_BYTES }));
    } catch {
      return data<ActionResult>({ intent: "logo", logoError: "validation:logoSize" }, { status: 400 });
    }
    if (form.get("intent") === "removeLogo") {
      await removeLogo(org.id);
      return data<ActionResult>({ intent: "logo", notice: "logoRemoved" });
    }
    const file = form.get("logo");
    if (!(file instanceof File) || file.size === 0) return data<ActionResult>({ intent: "logo", logoError: "validation:logoMissing" }, { status: 400 });
    const r = await saveLogo(org.id, file, LOGO_MAX_BYTES, logoTypes);
    if (!r.ok) return data<ActionResult>({ intent: "logo", logoError: `validation:${r.error}` }, { status: 400 });
    return data<ActionResult>({ intent: "logo", notice: "logoSaved" });
  }
  const submission = parseWithZod(await readForm(request), { schema: ProfileSchema });
  if (submission.status !== "success") return data<ActionResult>({ intent: "profile", result: submission.reply() }, { status: 400 });
  const r = await updateProfile(org.id, submission.value);
  if (!r.ok) {
    const message = r.suggestions.length ? `validation:unknownCitySuggest|suggestions=${r.suggestions.join(", ")}` : "validation:unknownCity";
    return data<ActionResult>({ intent: "profile", result: submission.reply({ fieldErrors: { city: [message] } }) }, { status: 400 });
  }
  return redirect(`/${locale}/partners/${org.slug}?notice=saved`);
}

export default function EditProfile() {
  const { t } = useTranslation("directory");
  const { t: tOrgs } = useTranslation("orgs");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const [form, fields] = useForm({
    id: "profile",
    lastResult: actionData?.intent === "profile" ? actionData.result : undefined,
    defaultValue: d.defaults,
    constraint: getZodConstraint(ProfileSchema),
    shouldValidate: "onBlur",
    // Errors clear while typing, so the button never jumps away under the pointer on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
  });
  const opts = (codes: readonly string[], label: (c: string) => string) => codes.map((c) => ({ value: c, label: label(c) }));
  const none = { value: "", label: t("edit.notSaid") };
  const descFields = locales.map((l) => [l, fields[`description_${l}` as "description_en"]] as const);
  return (
    <div className="page">
      <p><Link to={`/${d.locale}/partners/${d.slug}`}>{t("edit.back", { name: d.name })}</Link></p>
      <h1>{t("edit.title", { name: d.name })}</h1>
      {actionData?.notice ? <Notice>{t(`edit.notice.${actionData.notice}`)}</Notice> : null}

      <section className="panel" aria-labelledby="logo-title">
        <h2 id="logo-title">{t("edit.logo.title")}</h2>
        <div className="profile-head">
          <OrgLogo slug={d.slug} hash={d.logoHash} name={d.name} size={96} />
          <Form method="post" encType="multipart/form-data" className="stack">
            <div className="field">
              <label htmlFor="logo">{t("edit.logo.file")}</label>
              <p className="field-hint" id="logo-hint">{t("edit.logo.hint")}</p>
              <input
                id="logo"
                name="logo"
                type="file"
                accept={logoTypes.join(",")}
                aria-describedby={["logo-hint", actionData?.logoError ? "logo-error" : ""].join(" ").trim()}
                aria-invalid={actionData?.logoError ? true : undefined}
              />
              {actionData?.logoError ? (
                <ul id="logo-error" className="field-errors"><li>{t(actionData.logoError, { ns: "validation" })}</li></ul>
              ) : null}
            </div>
            <div className="actions">
              <button type="submit" name="intent" value="uploadLogo" className="button button-secondary">{t("edit.logo.upload")}</button>
              {d.logoHash ? <button type="submit" name="intent" value="removeLogo" className="link-button">{t("edit.logo.remove")}</button> : null}
            </div>
          </Form>
        </div>
      </section>

      <Form method="post" {...getFormProps(form)} className="stack">
        <FormErrors errors={form.errors} id={form.errorId} />
        <fieldset className="panel stack">
          <legend>{t("edit.basics")}</legend>
          <Field label={tOrgs("fields.name")} inputProps={getInputProps(fields.name, { type: "text" })} errors={fields.name.errors} />
          <SelectField label={tOrgs("fields.type")} selectProps={getSelectProps(fields.type)} options={opts(orgTypes, (c) => tOrgs(`types.${c}`))} errors={fields.type.errors} />
          <div className="two-col">
            <SelectField label={tOrgs("fields.country")} selectProps={getSelectProps(fields.country)} options={opts(countries, (c) => d.countryNames[c])} errors={fields.country.errors} />
            <Field label={tOrgs("fields.city")} hint={t("edit.cityHint")} inputProps={getInputProps(fields.city, { type: "text" })} errors={fields.city.errors} />
          </div>
          <div className="two-col">
            <Field label={t("profile.website")} inputProps={{ ...getInputProps(fields.website, { type: "url" }), placeholder: "https://" }} errors={fields.website.errors} />
            <Field label={t("edit.contactEmail")} hint={t("edit.contactEmailHint")} inputProps={getInputProps(fields.contactEmail, { type: "email" })} errors={fields.contactEmail.errors} />
          </div>
          <div className="two-col">
            <Field label={t("profile.founded")} inputProps={{ ...getInputProps(fields.foundedYear, { type: "number" }), inputMode: "numeric" }} errors={fields.foundedYear.errors} />
            <SelectField label={t("profile.size")} selectProps={getSelectProps(fields.size)} options={[none, ...opts(sizes, (c) => t(`sizes.${c}`))]} errors={fields.size.errors} />
          </div>
          <div className="field-checkbox">
            <input {...getInputProps(fields.openForVisits, { type: "checkbox" })} />
            <label htmlFor={fields.openForVisits.id}>{t("edit.openForVisits")}</label>
          </div>
        </fieldset>

        <fieldset className="panel stack">
          <legend>{t("edit.work")}</legend>
          <CheckboxGroup legend={t("profile.sectors")} name={fields.sectors.name} options={opts(sectors, (c) => t(`sectors.${c}`))} selected={fields.sectors.initialValue as string[]} errors={fields.sectors.errors} />
          <CheckboxGroup legend={t("profile.languages")} name={fields.languages.name} options={opts(workingLanguages, (c) => d.languageNames[c])} selected={fields.languages.initialValue as string[]} errors={fields.languages.errors} />
          <CheckboxGroup legend={t("profile.offers")} name={fields.offers.name} options={opts(cooperationTags, (c) => t(`tags.${c}`))} selected={fields.offers.initialValue as string[]} errors={fields.offers.errors} />
          <TextareaField label={t("edit.offerText")} textareaProps={getTextareaProps(fields.offerText)} errors={fields.offerText.errors} />
          <CheckboxGroup legend={t("profile.seeks")} name={fields.seeks.name} options={opts(cooperationTags, (c) => t(`tags.${c}`))} selected={fields.seeks.initialValue as string[]} errors={fields.seeks.errors} />
          <TextareaField label={t("edit.seekText")} textareaProps={getTextareaProps(fields.seekText)} errors={fields.seekText.errors} />
        </fieldset>

        <fieldset className="panel stack">
          <legend>{t("edit.descriptions")}</legend>
          <p className="field-hint">{t("edit.descriptionsHint")}</p>
          {descFields.map(([l, f]) => (
            <TextareaField key={l} label={localeNames[l]} textareaProps={{ ...getTextareaProps(f), lang: l, rows: 3 }} errors={f.errors} />
          ))}
        </fieldset>
        <p>
          <button type="submit" className="button">{t("edit.save")}</button>
        </p>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
