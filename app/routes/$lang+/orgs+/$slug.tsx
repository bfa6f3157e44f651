import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, Notice, SelectField } from "#app/components/ui/field.tsx";
import { InviteEmailSchema, OrgActionSchema } from "#app/modules/orgs/orgs.schema.ts";
import {
  createInvitation,
  getOrganisationBySlug,
  leaveOrganisation,
  listMembers,
  listPendingInvitations,
  removeMember,
  revokeInvitation,
  transferAdmin,
} from "#app/modules/orgs/orgs.server.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { assertCanOnOrg, canOnOrg, findMembership, notFound } from "#app/utils/permissions.server.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import { countryName } from "#app/utils/intl.ts";

export const handle = { i18n: ["orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const org = await getOrganisationBySlug(routeParam(params, "slug"));
  if (!org) throw notFound();
  const user = await getUser(request, context);
  // One query gives both the member list and the visitor's own membership; the list is only sent to those allowed.
  const allMembers = user ? await listMembers(org.id) : [];
  const mine = user ? allMembers.find((m) => m.user.id === user.id) : undefined;
  const membership = mine ? { role: mine.role } : null;
  const canSeeMembers = canOnOrg(user, membership, "view-members");
  const canManage = canOnOrg(user, membership, "manage-members");
  const members = canSeeMembers ? allMembers : [];
  const invitations = canManage ? await listPendingInvitations(org.id) : [];
  const country = countryName(org.country, locale);
  return {
    title: org.name,
    locale,
    org: { name: org.name, slug: org.slug, type: org.type, city: org.city, countryName: country, createdAt: org.createdAt },
    myRole: membership?.role ?? null,
    myUserId: user?.id ?? null,
    canSeeMembers,
    canManage,
    members: members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, userId: m.user.id, email: canManage ? m.user.email : null })),
    invitations,
  };
}

type ActionResult = { intent: string; result?: SubmissionResult<string[]>; notice?: string; error?: string; link?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const user = await requireUser(request, context);
  const org = await getOrganisationBySlug(routeParam(params, "slug"));
  if (!org) throw notFound();
  const membership = await findMembership(user.id, org.id);
  const submission = parseWithZod(await readForm(request), { schema: OrgActionSchema });
  if (submission.status !== "success") {
    return data<ActionResult>({ intent: String(submission.payload.intent ?? ""), result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "inviteLink":
    case "inviteEmail": {
      assertCanOnOrg(user, membership, "invite");
      await consume("invite", user.id);
      const { link } = await createInvitation({
        org,
        actor: user,
        role: value.role,
        email: value.intent === "inviteEmail" ? value.email : undefined,
        origin: publicOrigin(request),
        locale,
      });
      return data<ActionResult>({
        intent: value.intent,
        result: submission.reply({ resetForm: true }),
        notice: value.intent === "inviteEmail" ? "inviteSent" : "linkCreated",
        link: value.intent === "inviteLink" ? link : undefined,
      });
    }
    case "revokeInvitation":
      assertCanOnOrg(user, membership, "manage-members");
      if (!(await revokeInvitation(org.id, value.invitationId))) throw notFound();
      return data<ActionResult>({ intent: value.intent, notice: "invitationRevoked" });
    case "removeMember": {
      assertCanOnOrg(user, membership, "manage-members");
      const r = await removeMember(org.id, value.membershipId, user.id);
      if (!r.ok) return data<ActionResult>({ intent: value.intent, error: r.error }, { status: r.error === "notFound" ? 404 : 409 });
      return data<ActionResult>({ intent: value.intent, notice: "memberRemoved" });
    }
    case "transferAdmin": {
      assertCanOnOrg(user, membership, "manage-members");
      if (!membership || membership.role !== "ADMIN") return data<ActionResult>({ intent: value.intent, error: "notMember" }, { status: 409 });
      const r = await transferAdmin(org.id, user.id, value.membershipId);
      if (!r.ok) throw notFound();
      return data<ActionResult>({ intent: value.intent, notice: "adminTransferred" });
    }
    case "leave": {
      assertCanOnOrg(user, membership, "leave");
      const r = await leaveOrganisation(org.id, user.id);
      if (!r.ok) return data<ActionResult>({ intent: value.intent, error: r.error }, { status: 409 });
      return redirect(`/${locale}/account?notice=leftOrg`);
    }
  }
}

export default function OrganisationPage() {
  const { t } = useTranslation("orgs");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const [searchParams] = useSearchParams();
  const notice = actionData?.notice ?? (searchParams.get("notice") === "created" ? "created" : null);
  const [inviteForm, invite] = useForm({
    id: "invite-email",
    lastResult: actionData?.intent === "inviteEmail" ? actionData.result : undefined,
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
    <div className="page">
      <p className="eyebrow">{t(`types.${d.org.type}`)}</p>
      <h1>{d.org.name}</h1>
      <p className="lead">{t("page.location", { city: d.org.city, country: d.org.countryName })}</p>
      {d.myRole ? <p><span className="badge">{t("page.yourRole", { role: t(`roles.${d.myRole}`) })}</span></p> : null}
      {notice ? <Notice>{t(`page.notice.${notice}`)}</Notice> : null}
      {actionData?.error ? <p className="notice notice-error" role="alert">{t(`page.error.${actionData.error}`)}</p> : null}
      {actionData?.link ? (
        <div className="callout">
          <label htmlFor="invite-link">{t("page.invite.linkLabel")}</label>
          <input id="invite-link" type="text" readOnly value={actionData.link} className="copy-field" />
          <p className="field-hint">{t("page.invite.linkHint")}</p>
        </div>
      ) : null}

      {d.canSeeMembers ? (
        <section className="panel" aria-labelledby="members-title">
          <h2 id="members-title">{t("page.members.title", { count: d.members.length })}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("fields.memberName")}</th>
                  {d.canManage ? <th scope="col">{t("fields.email")}</th> : null}
                  <th scope="col">{t("fields.role")}</th>
                  {d.canManage ? <th scope="col"><span className="visually-hidden">{t("page.members.actions")}</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {d.members.map((m) => (
                  <tr key={m.id}>
                    <td>{m.name}</td>
                    {d.canManage ? <td>{m.email}</td> : null}
                    <td>{t(`roles.${m.role}`)}</td>
                    {d.canManage ? (
                      <td>
                        {m.userId !== d.myUserId ? (
                          <div className="actions">
                            <Form method="post">
                              <input type="hidden" name="intent" value="removeMember" />
                              <input type="hidden" name="membershipId" value={m.id} />
                              <button type="submit" className="link-button" aria-label={t("page.members.removeNamed", { name: m.name })}>
                                {t("page.members.remove")}
                              </button>
                            </Form>
                            {d.myRole === "ADMIN" && m.role !== "ADMIN" ? (
                              <Form method="post">
                                <input type="hidden" name="intent" value="transferAdmin" />
                                <input type="hidden" name="membershipId" value={m.id} />
                                <button type="submit" className="link-button" aria-label={t("page.members.transferNamed", { name: m.name })}>
                                  {t("page.members.transfer")}
                                </button>
                              </Form>
                            ) : null}
                          </div>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <p className="muted">{t("page.membersPrivate")}</p>
      )}

      {d.canManage ? (
        <p>
          <Link to={`/${d.locale}/orgs/${d.org.slug}/progress`}>{t("page.progressLink")}</Link>
        </p>
      ) : null}

      {d.canManage ? (
        <section className="panel" aria-labelledby="invite-title">
          <h2 id="invite-title">{t("page.invite.title")}</h2>
          <div className="two-col">
            <Form method="post" {...getFormProps(inviteForm)} className="stack">
              <h3>{t("page.invite.byEmail")}</h3>
              <FormErrors errors={inviteForm.errors} id={inviteForm.errorId} />
              <input type="hidden" name="intent" value="inviteEmail" />
              <Field label={t("fields.email")} inputProps={{ ...getInputProps(invite.email, { type: "email" }) }} errors={invite.email.errors} />
              <SelectField label={t("fields.role")} selectProps={getSelectProps(invite.role)} options={roleOptions} errors={invite.role.errors} />
              <button type="submit" className="button">{t("page.invite.sendEmail")}</button>
            </Form>
            <Form method="post" className="stack">
              <h3>{t("page.invite.byLink")}</h3>
              <p>{t("page.invite.byLinkHint")}</p>
              <input type="hidden" name="intent" value="inviteLink" />
              <div className="field">
                <label htmlFor="link-role">{t("fields.role")}</label>
                <select id="link-role" name="role" defaultValue="MEMBER">
                  {roleOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              </div>
              <button type="submit" className="button button-secondary">{t("page.invite.createLink")}</button>
            </Form>
          </div>
          <h3>{t("page.invite.pending", { count: d.invitations.length })}</h3>
          {d.invitations.length ? (
            <ul className="plain-list">
              {d.invitations.map((i) => (
                <li key={i.id}>
                  {i.email ?? t("page.invite.anyoneWithLink")} · {t(`roles.${i.role}`)} · {t("page.invite.expires", { date: formatDate(i.expiresAt, d.locale) })}
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="revokeInvitation" />
                    <input type="hidden" name="invitationId" value={i.id} />
                    <button type="submit" className="link-button">{t("page.invite.revoke")}</button>
                  </Form>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {d.myRole ? (
        <section className="panel" aria-labelledby="leave-title">
          <h2 id="leave-title">{t("page.leave.title")}</h2>
          <p>{t("page.leave.body")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="leave" />
            <button type="submit" className="button button-danger">{t("page.leave.submit")}</button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
