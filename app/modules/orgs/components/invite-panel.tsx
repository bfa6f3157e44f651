import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors, SelectField } from "#app/components/ui/field.tsx";
import type { ActionResult } from "#app/utils/action.server.ts";
import { formatDate } from "#app/utils/format.ts";
import type { OrgPage } from "../orgs-page.server.ts";
import { InviteEmailSchema } from "../orgs.schema.ts";

/** Invitations by email or by link, and the pending ones with a revoke button each. */
export function InvitePanel({ d, lastResult }: { d: OrgPage; lastResult: ActionResult["result"] }) {
  const { t } = useTranslation("orgs");
  const [inviteForm, invite] = useForm({
    id: "invite-email",
    lastResult,
    constraint: getZodConstraint(InviteEmailSchema),
    defaultValue: { role: "MEMBER" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteEmailSchema }),
  });
  const roleOptions = [
    { value: "MEMBER", label: t("roles.MEMBER") },
    { value: "ADMIN", label: t("roles.ADMIN") },
  ];
  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("page.invite.title")}</h2>
      <div className="two-col">
        <Form method="post" {...getFormProps(inviteForm)} className="stack">
          <h3>{t("page.invite.byEmail")}</h3>
          <FormErrors errors={inviteForm.errors} id={inviteForm.errorId} />
          <input type="hidden" name="intent" value="inviteEmail" />
          <Field
            label={t("fields.email")}
            inputProps={{ ...getInputProps(invite.email, { type: "email" }) }}
            errors={invite.email.errors}
          />
          <SelectField
            label={t("fields.role")}
            selectProps={getSelectProps(invite.role)}
            options={roleOptions}
            errors={invite.role.errors}
          />
          <button type="submit" className="button">
            {t("page.invite.sendEmail")}
          </button>
        </Form>
        <Form method="post" className="stack">
          <h3>{t("page.invite.byLink")}</h3>
          <p>{t("page.invite.byLinkHint")}</p>
          <input type="hidden" name="intent" value="inviteLink" />
          <div className="field">
            <label htmlFor="link-role">{t("fields.role")}</label>
            <select id="link-role" name="role" defaultValue="MEMBER">
              {roleOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t("page.invite.createLink")}
          </button>
        </Form>
      </div>
      <h3>{t("page.invite.pending", { count: d.invitations.length })}</h3>
      {d.invitations.length ? (
        <ul className="plain-list">
          {d.invitations.map((i) => (
            <li key={i.id}>
              {i.email ?? t("page.invite.anyoneWithLink")} · {t(`roles.${i.role}`)} ·{" "}
              {t("page.invite.expires", { date: formatDate(i.expiresAt, d.locale) })}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="revokeInvitation" />
                <input type="hidden" name="invitationId" value={i.id} />
                <button type="submit" className="link-button">
                  {t("page.invite.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
