import { z } from "zod";
import { locales } from "#app/utils/i18n.ts";

export const TOPIC_PAGE_SIZE = 25;
export const POSTS_PAGE_SIZE = 50;

const body = z
  .string({ required_error: "validation:required" })
  .trim()
  .min(2, "validation:tooShort|count=2")
  .max(20_000, "validation:tooLong|count=20000");
const key = z.string().max(64).optional();
/** Bots fill every field; people never see this one. */
const honeypot = z.string().max(0, "validation:invalid").optional();

export const NewTopicSchema = z.object({
  intent: z.enum(["create", "preview"]),
  categoryId: z.string({ required_error: "validation:choose" }).min(1, "validation:choose").max(40),
  title: z
    .string({ required_error: "validation:required" })
    .trim()
    .min(5, "validation:tooShort|count=5")
    .max(160, "validation:tooLong|count=160"),
  language: z.enum(locales, { errorMap: () => ({ message: "validation:choose" }) }),
  body,
  key,
  website: honeypot,
});

export const ReplySchema = z.object({
  intent: z.enum(["reply", "previewReply"]),
  body,
  language: z.enum(locales, { errorMap: () => ({ message: "validation:choose" }) }),
  key,
  website: honeypot,
});

export const EditPostSchema = z.object({
  intent: z.enum(["edit", "previewEdit"]),
  postId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  body,
});

export const FlagSchema = z.object({
  intent: z.literal("flag"),
  postId: z.string().min(1).max(40),
  reason: z
    .string({ required_error: "validation:required" })
    .trim()
    .min(3, "validation:tooShort|count=3")
    .max(500, "validation:tooLong|count=500"),
});

const reason = z.string().trim().max(500, "validation:tooLong|count=500").optional();
export const ModerateSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hide"), postId: z.string().min(1).max(40), reason }),
  z.object({ intent: z.literal("unhide"), postId: z.string().min(1).max(40), reason }),
  z.object({ intent: z.literal("lock"), reason }),
  z.object({ intent: z.literal("unlock"), reason }),
  z.object({ intent: z.literal("pin"), reason }),
  z.object({ intent: z.literal("unpin"), reason }),
  z.object({ intent: z.literal("move"), categoryId: z.string().min(1).max(40), reason }),
]);

export const TopicActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("solution"), postId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("unsolve") }),
  z.object({ intent: z.literal("subscribe") }),
  z.object({ intent: z.literal("unsubscribe") }),
]);

export const SearchQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  category: z.string().max(80).optional().catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

export const CategoryQuerySchema = z.object({
  language: z.enum(locales).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
