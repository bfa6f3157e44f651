import { parseWithZod } from "@conform-to/zod";
import { can, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type IntentHandler } from "#app/utils/action.server.ts";
import { publicOrigin } from "#app/utils/i18n.server.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { createContactRequest, pendingRequestsTo } from "./contact-requests.server.ts";
import { ContactRequestSchema } from "./contacts.schema.ts";
import { contactOrgsOf } from "./contacts.server.ts";

// The contact-request panel shown on another organisation's directory
// profile. It belongs to contacts (a request writes contacts and notifies);
// the profile route puts it beside the directory's view model, so the
// directory never imports contacts.

type TargetOrg = Parameters<typeof createContactRequest>[0]["toOrg"];

/** The organisations the viewer could send a request from (not the target itself), and the requests already open. */
export async function contactRequestPanel(viewer: Viewer, toOrgId: string) {
  const user = viewer.user;
  const myOrgs = user && viewer.memberships.size > 0 ? await contactOrgsOf(user.id) : [];
  const fromOrgs = myOrgs.filter((m) => m.org.id !== toOrgId).map((m) => m.org);
  const pending = user
    ? await pendingRequestsTo(
        toOrgId,
        fromOrgs.map((o) => o.id),
      )
    : [];
  return {
    fromOrgs,
    pending: pending.map((p) => ({ org: fromOrgs.find((o) => o.id === p.fromOrgId)?.name ?? "", since: p.createdAt })),
  };
}

/** A contact request, sent on behalf of an organisation the sender belongs to (never another one) from a verified address. */
export const requestContact: IntentHandler<{
  viewer: Viewer & { user: SessionUser };
  org: TargetOrg;
  request: Request;
}> = async (form, { viewer, org, request }) => {
  const intent = "requestContact";
  const submission = parseWithZod(form, { schema: ContactRequestSchema });
  if (submission.status !== "success") return reply(400, { intent, result: submission.reply() });
  const { user } = viewer;
  const value = submission.value;
  // Which organisation it comes from is a field of the form: one that is not the sender's is a field error.
  const from = can(viewer, "directory:request-contact")
    ? (await contactOrgsOf(user.id)).find((m) => m.org.id === value.fromOrgId)?.org
    : undefined;
  if (!from)
    return reply(400, { intent, result: submission.reply({ fieldErrors: { fromOrgId: ["validation:choose"] } }) });
  if (!user.emailVerifiedAt)
    return reply(403, { intent, result: submission.reply({ formErrors: ["directory:request.verifyFirst"] }) });
  await consume("contactRequest", user.id);
  const r = await createContactRequest({
    fromOrg: from,
    toOrg: org,
    sender: user,
    message: value.message,
    origin: publicOrigin(request),
  });
  if (!r.ok)
    return reply(409, { intent, result: submission.reply({ formErrors: [`directory:request.error.${r.error}`] }) });
  return reply(200, { intent, result: submission.reply({ resetForm: true }), notice: "requestSent" });
};
