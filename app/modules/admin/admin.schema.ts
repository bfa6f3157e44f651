import { z } from "zod";
import { MAX_PAGE } from "#app/utils/pagination.ts";
import { idText, queryText } from "#app/utils/text-schema.ts";

export const PAGE_SIZE = 25;

/** Query string of admin lists: ?q=&page= (bad values fall back, never crash). */
export const ListQuerySchema = z.object({
  q: queryText(100),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

export const UserActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("setRole"),
    userId: idText(),
    role: z.enum(["USER", "MODERATOR", "ADMIN"], { errorMap: () => ({ message: "validation:choose" }) }),
  }),
  z.object({ intent: z.literal("disable"), userId: idText() }),
  z.object({ intent: z.literal("enable"), userId: idText() }),
]);
