import { z } from "zod";
import { emailSchema } from "#app/modules/accounts/accounts.schema.ts";

/** The Baltic Sea countries Portolan serves (ISO 3166-1 alpha-2). */
export const countries = ["DE", "DK", "EE", "FI", "LT", "LV", "NO", "PL", "SE"] as const;
export const orgTypes = [
  "HUB",
  "CLUSTER",
  "AGENCY",
  "CHAMBER",
  "INCUBATOR",
  "CULTURAL_INSTITUTE",
  "NETWORK",
  "NGO",
  "COMPANY",
  "PUBLIC_BODY",
] as const;

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
