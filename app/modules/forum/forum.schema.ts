import { z } from "zod";
import { locales } from "#app/utils/i18n.ts";
import { dbInt, idText, multiLineText, oneLineText, queryText } from "#app/utils/text-schema.ts";
import { allMentionedHandles, MAX_MENTIONS } from "./mentions.ts";

export const TOPIC_PAGE_SIZE = 25;
export const POSTS_PAGE_SIZE = 50;

const body = multiLineText({ min: 2, max: 20_000 }).refine(
  (b) => allMentionedHandles(b).length <= MAX_MENTIONS,
  `validation:tooManyMentions|count=${MAX_MENTIONS}`,
);
/** The idempotency key of a form (a UUID); never free text. */
const key = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "validation:invalid")
  .optional();
/** Bots fill every field; people never see this one. */
const honeypot = z.string().max(0, "validation:invalid").optional();

export const NewTopicSchema = z.object({
  intent: z.enum(["create", "preview"]),
  categoryId: idText(),
  title: oneLineText({ min: 5, max: 160 }),
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
  postId: idText(),
  version: dbInt({ min: 1 }),
  body,
});

export const FlagSchema = z.object({
  intent: z.literal("flag"),
  postId: idText(),
  reason: multiLineText({ min: 3, max: 500 }),
});

const reason = multiLineText({ max: 500 }).optional();
export const ModerateSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hide"), postId: idText(), reason }),
  z.object({ intent: z.literal("unhide"), postId: idText(), reason }),
  z.object({ intent: z.literal("lock"), reason }),
  z.object({ intent: z.literal("unlock"), reason }),
  z.object({ intent: z.literal("pin"), reason }),
  z.object({ intent: z.literal("unpin"), reason }),
  z.object({ intent: z.literal("move"), categoryId: idText(), reason }),
]);

export const TopicActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("solution"), postId: idText() }),
  z.object({ intent: z.literal("unsolve") }),
  z.object({ intent: z.literal("subscribe") }),
  z.object({ intent: z.literal("unsubscribe") }),
]);

export const SearchQuerySchema = z.object({
  q: queryText(200),
  category: z
    .string()
    .max(80)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

/** A category page's filter (its page number comes from `pageParam`). */
export const CategoryQuerySchema = z.object({
  language: z.enum(locales).optional().catch(undefined),
});

/** The flags queue's one form: close the open reports on a post. */
export const DismissFlagSchema = z.object({ intent: z.literal("dismiss"), postId: idText() });
