import { z } from "zod";
import { emailSchema } from "#app/modules/accounts/accounts.schema.ts";

import { countries, orgTypes } from "#app/modules/directory/vocabulary.ts";

export { countries, orgTypes };

export const OrganisationSchema = z.object({
  name: z
    .string({ required_error: "validation:required" })
    .trim()
    .min(2, "validation:tooShort|count=2")
    .max(120, "validation:tooLong|count=120"),
  type: z.enum(orgTypes, { errorMap: () => ({ message: "validation:choose" }) }),
  country: z.enum(countries, { errorMap: () => ({ message: "validation:choose" }) }),
  city: z
    .string({ required_error: "validation:required" })
    .trim()
    .min(2, "validation:tooShort|count=2")
    .max(80, "validation:tooLong|count=80"),
});

const roleSchema = z.enum(["MEMBER", "ADMIN"], { errorMap: () => ({ message: "validation:choose" }) });

export const InviteEmailSchema = z.object({ intent: z.literal("inviteEmail"), email: emailSchema, role: roleSchema });

export const OrgActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("inviteLink"), role: roleSchema }),
  InviteEmailSchema,
  z.object({ intent: z.literal("revokeInvitation"), invitationId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("removeMember"), membershipId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("transferAdmin"), membershipId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("leave") }),
]);
