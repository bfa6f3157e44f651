import { z } from "zod";

export const PAGE_SIZE = 25;

/** Query string of admin lists: ?q=&page= (bad values fall back, never crash). */
export const ListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const UserActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("setRole"),
    userId: z.string().min(1).max(40),
    role: z.enum(["USER", "MODERATOR", "ADMIN"], { errorMap: () => ({ message: "validation:choose" }) }),
  }),
  z.object({ intent: z.literal("disable"), userId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("enable"), userId: z.string().min(1).max(40) }),
]);
