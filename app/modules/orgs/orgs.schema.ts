import { z } from "zod";
import { countries, orgTypes } from "#app/utils/reference/vocabulary.ts";
import { emailSchema, idText, oneLineText } from "#app/utils/text-schema.ts";

export { countries, orgTypes };

export const OrganisationSchema = z.object({
  name: oneLineText({ min: 2, max: 120 }),
  type: z.enum(orgTypes, { errorMap: () => ({ message: "validation:choose" }) }),
  country: z.enum(countries, { errorMap: () => ({ message: "validation:choose" }) }),
  city: oneLineText({ min: 2, max: 80 }),
});

const roleSchema = z.enum(["MEMBER", "ADMIN"], { errorMap: () => ({ message: "validation:choose" }) });

export const InviteEmailSchema = z.object({ intent: z.literal("inviteEmail"), email: emailSchema, role: roleSchema });
export const InviteLinkSchema = z.object({ intent: z.literal("inviteLink"), role: roleSchema });
export const InvitationIdSchema = z.object({ invitationId: idText() });
export const MembershipIdSchema = z.object({ membershipId: idText() });
