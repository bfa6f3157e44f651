import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, Field, FormErrors, SelectField, TextareaField } from "#app/components/ui/field.tsx";
import type { ActionResult } from "#app/utils/action.server.ts";
import { localeNames, locales } from "#app/utils/i18n.ts";
import {
  cooperationTags,
  countries,
  orgTypes,
  sectors,
  sizes,
  workingLanguages,
} from "#app/utils/reference/vocabulary.ts";
import { logoTypes, ProfileSchema } from "../directory.schema.ts";
import type { ProfileEditResult } from "../profile-actions.server.ts";
import type { ProfileEditPage } from "../profile-page.server.ts";
import { OrgLogo } from "./org-logo.tsx";

type Props = { d: ProfileEditPage; actionData: ActionResult<ProfileEditResult> | undefined };

/** Upload or remove the logo: a multipart form of its own, so a large file never travels with the profile fields. */
export function LogoForm({ d, actionData }: Props) {
  const { t } = useTranslation("directory");
  const error = actionData?.logoError;
  return (
    <section className="panel" aria-labelledby="logo-title">
      <h2 id="logo-title">{t("edit.logo.title")}</h2>
      <div className="profile-head">
        <OrgLogo slug={d.slug} hash={d.logoHash} name={d.name} size={96} />
        <Form method="post" encType="multipart/form-data" className="stack">
          <div className="field">
            <label htmlFor="logo">{t("edit.logo.file")}</label>
            <p className="field-hint" id="logo-hint">
              {t("edit.logo.hint")}
            </p>
            <input
              id="logo"
              name="logo"
              type="file"
              accept={logoTypes.join(",")}
              aria-describedby={["logo-hint", error ? "logo-error" : ""].join(" ").trim()}
              aria-invalid={error ? true : undefined}
            />
            {error ? (
              <ul id="logo-error" className="field-errors">
                <li>{t(error, { ns: "validation" })}</li>
              </ul>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" name="intent" value="uploadLogo" className="button button-secondary">
              {t("edit.logo.upload")}
            </button>
            {d.logoHash ? (
              <button type="submit" name="intent" value="removeLogo" className="link-button">
                {t("edit.logo.remove")}
              </button>
            ) : null}
          </div>
        </Form>
      </div>
    </section>
  );
}

/** The profile fields: basics, work (sectors, languages, offers and needs) and a description per language. */
export function ProfileForm({ d, actionData }: Props) {
  const { t } = useTranslation("directory");
  const { t: tOrgs } = useTranslation("orgs");
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
  const opts = (codes: readonly string[], label: (c: string) => string) =>
    codes.map((c) => ({ value: c, label: label(c) }));
  const none = { value: "", label: t("edit.notSaid") };
  const descFields = locales.map((l) => [l, fields[`description_${l}` as "description_en"]] as const);
  const group = (legend: string, f: typeof fields.sectors, options: { value: string; label: string }[]) => (
    <CheckboxGroup
      legend={legend}
      name={f.name}
      options={options}
      selected={f.initialValue as string[]}
      errors={f.errors}
    />
  );
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <FormErrors errors={form.errors} id={form.errorId} />
      <fieldset className="panel stack">
        <legend>{t("edit.basics")}</legend>
        <Field
          label={tOrgs("fields.name")}
          inputProps={getInputProps(fields.name, { type: "text" })}
          errors={fields.name.errors}
        />
        <SelectField
          label={tOrgs("fields.type")}
          selectProps={getSelectProps(fields.type)}
          options={opts(orgTypes, (c) => tOrgs(`types.${c}`))}
          errors={fields.type.errors}
        />
        <div className="two-col">
          <SelectField
            label={tOrgs("fields.country")}
            selectProps={getSelectProps(fields.country)}
            options={opts(countries, (c) => d.countryNames[c])}
            errors={fields.country.errors}
          />
          <Field
            label={tOrgs("fields.city")}
            hint={t("edit.cityHint")}
            inputProps={getInputProps(fields.city, { type: "text" })}
            errors={fields.city.errors}
          />
        </div>
        <div className="two-col">
          <Field
            label={t("profile.website")}
            inputProps={{ ...getInputProps(fields.website, { type: "url" }), placeholder: "https://" }}
            errors={fields.website.errors}
          />
          <Field
            label={t("edit.contactEmail")}
            hint={t("edit.contactEmailHint")}
            inputProps={getInputProps(fields.contactEmail, { type: "email" })}
            errors={fields.contactEmail.errors}
          />
        </div>
        <div className="two-col">
          <Field
            label={t("profile.founded")}
            inputProps={{ ...getInputProps(fields.foundedYear, { type: "number" }), inputMode: "numeric" }}
            errors={fields.foundedYear.errors}
          />
          <SelectField
            label={t("profile.size")}
            selectProps={getSelectProps(fields.size)}
            options={[none, ...opts(sizes, (c) => t(`sizes.${c}`))]}
            errors={fields.size.errors}
          />
        </div>
        <div className="field-checkbox">
          <input {...getInputProps(fields.openForVisits, { type: "checkbox" })} />
          <label htmlFor={fields.openForVisits.id}>{t("edit.openForVisits")}</label>
        </div>
      </fieldset>

      <fieldset className="panel stack">
        <legend>{t("edit.work")}</legend>
        {group(
          t("profile.sectors"),
          fields.sectors,
          opts(sectors, (c) => t(`sectors.${c}`)),
        )}
        {group(
          t("profile.languages"),
          fields.languages,
          opts(workingLanguages, (c) => d.languageNames[c]),
        )}
        {group(
          t("profile.offers"),
          fields.offers,
          opts(cooperationTags, (c) => t(`tags.${c}`)),
        )}
        <TextareaField
          label={t("edit.offerText")}
          textareaProps={getTextareaProps(fields.offerText)}
          errors={fields.offerText.errors}
        />
        {group(
          t("profile.seeks"),
          fields.seeks,
          opts(cooperationTags, (c) => t(`tags.${c}`)),
        )}
        <TextareaField
          label={t("edit.seekText")}
          textareaProps={getTextareaProps(fields.seekText)}
          errors={fields.seekText.errors}
        />
      </fieldset>

      <fieldset className="panel stack">
        <legend>{t("edit.descriptions")}</legend>
        <p className="field-hint">{t("edit.descriptionsHint")}</p>
        {descFields.map(([l, f]) => (
          <TextareaField
            key={l}
            label={localeNames[l]}
            textareaProps={{ ...getTextareaProps(f), lang: l, rows: 3 }}
            errors={f.errors}
          />
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button">
          {t("edit.save")}
        </button>
      </p>
    </Form>
  );
}
