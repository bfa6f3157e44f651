import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { redirect } from "@remix-run/node";
import type { z } from "zod";
import { assertCan, notFound, roleIn, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type IntentHandler } from "#app/utils/action.server.ts";
import { publicOrigin } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import type { Organisation } from "./orgs-page.server.ts";
import { findCity, suggestCities } from "#app/utils/reference/cities.server.ts";
import {
  InvitationIdSchema,
  InviteEmailSchema,
  InviteLinkSchema,
  MembershipIdSchema,
  OrganisationSchema,
} from "./orgs.schema.ts";
import {
  createInvitation,
  createOrganisation,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  transferAdmin,
} from "./orgs.server.ts";

// The intents of the organisation page (/orgs/:slug), one small function each.

type OrgContext = { viewer: Viewer & { user: SessionUser }; org: Organisation; request: Request; locale: Locale };

/** What the page's action answers besides a redirect: the link of a new link invitation. */
export type OrgActionResult = { link?: string };

/** A handler whose form is checked by `schema` first (a 400 with field errors when it fails). */
function withForm<S extends z.ZodTypeAny>(
  schema: S,
  run: (
    value: z.output<S>,
    ctx: OrgContext & { intent: string; reset: () => SubmissionResult<string[]> },
  ) => ReturnType<IntentHandler<OrgContext>>,
): IntentHandler<OrgContext> {
  return async (form, ctx) => {
    const intent = String(form.get("intent"));
    const submission = parseWithZod(form, { schema });
    if (submission.status !== "success") return reply(400, { intent, result: submission.reply() });
    return run(submission.value, { ...ctx, intent, reset: () => submission.reply({ resetForm: true }) });
  };
}

const invite = (schema: typeof InviteEmailSchema | typeof InviteLinkSchema) =>
  withForm(schema, async (value, { viewer, org, request, locale, intent, reset }) => {
    assertCan(viewer, "org:invite", { orgId: org.id });
    await consume("invite", viewer.user.id);
    const email = "email" in value ? value.email : undefined;
    const { link } = await createInvitation({
      org,
      actor: viewer.user,
      role: value.role,
      email,
      origin: publicOrigin(request),
      locale,
    });
    return email
      ? reply<OrgActionResult>(200, { intent, result: reset(), notice: "inviteSent" })
      : reply<OrgActionResult>(200, { intent, result: reset(), notice: "linkCreated", link });
  });

/** The page's intents, for `dispatchIntent`. Forms are checked before permissions, as a 400 tells nothing about the organisation. */
export const orgIntents: Record<string, IntentHandler<OrgContext>> = {
  inviteEmail: invite(InviteEmailSchema),
  inviteLink: invite(InviteLinkSchema),
  revokeInvitation: withForm(InvitationIdSchema, async ({ invitationId }, { viewer, org, intent }) => {
    assertCan(viewer, "org:manage-members", { orgId: org.id });
    if (!(await revokeInvitation(org.id, invitationId))) throw notFound();
    return reply(200, { intent, notice: "invitationRevoked" });
  }),
  removeMember: withForm(MembershipIdSchema, async ({ membershipId }, { viewer, org, intent }) => {
    assertCan(viewer, "org:manage-members", { orgId: org.id });
    const r = await removeMember(org.id, membershipId, viewer.user.id);
    if (!r.ok) return reply(r.error === "notFound" ? 404 : 409, { intent, error: r.error });
    return reply(200, { intent, notice: "memberRemoved" });
  }),
  transferAdmin: withForm(MembershipIdSchema, async ({ membershipId }, { viewer, org, intent }) => {
    assertCan(viewer, "org:manage-members", { orgId: org.id });
    // Only the organisation's own admin hands the role over (a site admin manages but is not the one handing over).
    if (roleIn(viewer, org.id) !== "ADMIN") return reply(409, { intent, error: "notMember" });
    const r = await transferAdmin(org.id, viewer.user.id, membershipId);
    if (!r.ok) throw notFound();
    return reply(200, { intent, notice: "adminTransferred" });
  }),
  leave: async (_form, { viewer, org, locale }) => {
    const intent = "leave";
    assertCan(viewer, "org:leave", { orgId: org.id });
    const r = await leaveOrganisation(org.id, viewer.user.id);
    if (!r.ok) return reply(409, { intent, error: r.error });
    return redirect(`/${locale}/account?notice=leftOrg`);
  },
};

/** Creates an organisation with the viewer as its admin and opens its page; the city must be in the bundled list. */
export async function createOrgAction(viewer: Viewer & { user: SessionUser }, form: FormData, locale: Locale) {
  const submission = parseWithZod(form, { schema: OrganisationSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply() });
  // Only verified addresses may create organisations: it keeps throw-away accounts out of the directory.
  if (!viewer.user.emailVerifiedAt)
    return reply(403, { result: submission.reply({ formErrors: ["orgs:new.verifyFirst"] }) });
  const { country, city } = submission.value;
  if (!findCity(country, city)) {
    const suggestions = suggestCities(country, city, 5);
    const message = suggestions.length
      ? `validation:unknownCitySuggest|suggestions=${suggestions.join(", ")}`
      : "validation:unknownCity";
    return reply(400, { result: submission.reply({ fieldErrors: { city: [message] } }) });
  }
  const org = await createOrganisation(viewer.user.id, submission.value);
  return redirect(`/${locale}/orgs/${org.slug}?notice=created`);
}
