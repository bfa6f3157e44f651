import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors, SelectField } from "#app/components/ui/field.tsx";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { ContactFieldsSchema, sources, stages } from "../contacts.schema.ts";

export type ContactFormDefaults = Partial<Record<string, string>>;

/**
 * The contact fields as one form, used to create and to edit. Hidden inputs
 * (intent, version) come from the caller; validation is the schema the action uses.
 */
export function ContactForm({
  id,
  intent,
  version,
  defaults,
  lastResult,
  owners,
  countryNames,
  linkedOrgName,
  submitLabel,
}: {
  id: string;
  intent: "create" | "update";
  version?: number;
  defaults: ContactFormDefaults;
  lastResult?: SubmissionResult<string[]>;
  owners: { id: string; name: string }[];
  countryNames: Record<string, string>;
  linkedOrgName?: string | null;
  submitLabel: string;
}) {
  const { t } = useTranslation("contacts");
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: defaults,
    constraint: getZodConstraint(ContactFieldsSchema),
    shouldValidate: "onBlur",
    // Errors clear while typing, so the button never jumps away under the pointer on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactFieldsSchema }),
  });
  const none = { value: "", label: t("form.none") };
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <FormErrors errors={form.errors} id={form.errorId} />
      <input type="hidden" name="intent" value={intent} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      {linkedOrgName ? (
        <p className="callout">
          {t("form.linked", { org: linkedOrgName })}
          <input
            type="hidden"
            name={fields.linkedOrgSlug.name}
            value={String(fields.linkedOrgSlug.initialValue ?? "")}
          />
        </p>
      ) : (
        <input type="hidden" name={fields.linkedOrgSlug.name} value="" />
      )}
      <div className="two-col">
        <Field
          label={t("fields.personName")}
          inputProps={getInputProps(fields.personName, { type: "text" })}
          errors={fields.personName.errors}
        />
        <Field
          label={t("fields.organisationName")}
          inputProps={getInputProps(fields.organisationName, { type: "text" })}
          errors={fields.organisationName.errors}
        />
      </div>
      <div className="two-col">
        <Field
          label={t("fields.role")}
          inputProps={getInputProps(fields.role, { type: "text" })}
          errors={fields.role.errors}
        />
        <SelectField
          label={t("fields.country")}
          selectProps={getSelectProps(fields.country)}
          options={[none, ...countries.map((c) => ({ value: c, label: countryNames[c] ?? c }))]}
          errors={fields.country.errors}
        />
      </div>
      <div className="two-col">
        <Field
          label={t("fields.email")}
          inputProps={getInputProps(fields.email, { type: "email" })}
          errors={fields.email.errors}
        />
        <Field
          label={t("fields.phone")}
          inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "off" }}
          errors={fields.phone.errors}
        />
      </div>
      <div className="two-col">
        <SelectField
          label={t("fields.stage")}
          selectProps={getSelectProps(fields.stage)}
          options={stages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
          errors={fields.stage.errors}
        />
        <SelectField
          label={t("fields.source")}
          selectProps={getSelectProps(fields.source)}
          options={sources.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
          errors={fields.source.errors}
        />
      </div>
      <div className="two-col">
        <SelectField
          label={t("fields.owner")}
          selectProps={getSelectProps(fields.ownerId)}
          options={[none, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
          errors={fields.ownerId.errors}
        />
        <Field
          label={t("fields.tags")}
          hint={t("form.tagsHint")}
          inputProps={getInputProps(fields.tags, { type: "text" })}
          errors={fields.tags.errors}
        />
      </div>
      <div className="two-col">
        <Field
          label={t("fields.nextStep")}
          inputProps={getInputProps(fields.nextStep, { type: "text" })}
          errors={fields.nextStep.errors}
        />
        <Field
          label={t("fields.nextStepDue")}
          inputProps={getInputProps(fields.nextStepDue, { type: "date" })}
          errors={fields.nextStepDue.errors}
        />
      </div>
      <p>
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </p>
    </Form>
  );
}
