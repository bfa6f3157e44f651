import { parseWithZod } from "@conform-to/zod";
import { redirect } from "@remix-run/node";
import { assertCan, can, notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type ActionResult, type IntentHandler } from "#app/utils/action.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { FlagSchema, ModerateSchema, ReplySchema, TopicActionSchema } from "./forum.schema.ts";
import {
  allCategories,
  createReply,
  markSolution,
  renderPost,
  setSubscribed,
  topicPath,
  type Topic,
} from "./forum.server.ts";
import { hasLink } from "./markdown.server.ts";
import { changeTopic, flagPost, setPostHidden } from "./moderation.server.ts";

// The topic page's intents, one small function each (dispatched by the route
// through dispatchIntent). Each checks its own ability: the topic itself was
// already found visible to the viewer.

export type TopicActionContext = {
  viewer: Viewer & { user: SessionUser };
  topic: Topic;
  locale: Locale;
  origin: string;
};
/** What the topic page's action answers when it does not redirect (the reply preview as HTML). */
export type TopicActionResult = ActionResult<{ preview: string }>;
type Handler = IntentHandler<TopicActionContext>;

/** Reply or preview a reply: members-only topics need a membership, locked ones a moderator. */
const replyOrPreview: Handler = async (form, { viewer, topic, locale, origin }) => {
  assertCan(viewer, "forum:write", topic.category);
  const user = viewer.user;
  const submission = parseWithZod(form, { schema: ReplySchema });
  const intent = String(form.get("intent"));
  if (submission.status !== "success") return reply(400, { intent, result: submission.reply() });
  const v = submission.value;
  if (!user.emailVerifiedAt && hasLink(v.body)) {
    return reply(400, { intent, result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) });
  }
  if (v.intent === "previewReply")
    return reply<{ preview: string }>(200, {
      intent,
      preview: (await renderPost(v.body, locale)).html,
      result: submission.reply(),
    });
  if (!can(viewer, "forum:reply", topic)) return reply(409, { intent, error: "locked" });
  await consume("forumPost", user.id);
  const r = await createReply(user, topic, { body: v.body, language: v.language, key: v.key }, locale, origin);
  if (!r.ok) return reply(409, { intent, error: r.error });
  return redirect(`${topicPath(locale, topic)}?post=${r.postNumber}#post-${r.postNumber}`);
};

/** Any signed-in reader may report a post to the moderators. */
const flag: Handler = async (form, { viewer }) => {
  const submission = parseWithZod(form, { schema: FlagSchema });
  if (submission.status !== "success") return reply(400, { intent: "flag", result: submission.reply() });
  await consume("forumPost", viewer.user.id);
  await flagPost(submission.value.postId, viewer.user.id, submission.value.reason);
  return reply(200, { intent: "flag", notice: "flagged" });
};

/** Follow or stop following the topic (notifications of replies). */
const subscription: Handler = async (form, { viewer, topic }) => {
  const submission = parseWithZod(form, { schema: TopicActionSchema });
  if (
    submission.status !== "success" ||
    (submission.value.intent !== "subscribe" && submission.value.intent !== "unsubscribe")
  ) {
    return reply(400, { intent: String(form.get("intent")), error: "invalid" });
  }
  const on = submission.value.intent === "subscribe";
  await setSubscribed(viewer.user.id, topic.id, on);
  return reply(200, { intent: submission.value.intent, notice: on ? "subscribed" : "unsubscribed" });
};

/** The topic's author or a moderator marks the reply that solved it, or takes the mark off. */
const solution: Handler = async (form, { viewer, topic, origin }) => {
  const submission = parseWithZod(form, { schema: TopicActionSchema });
  if (submission.status !== "success") return reply(400, { intent: String(form.get("intent")), error: "invalid" });
  const v = submission.value;
  assertCan(viewer, "forum:mark-solution", topic);
  if (!(await markSolution(topic, v.intent === "solution" ? v.postId : null, origin))) throw notFound();
  return reply(200, { intent: v.intent, notice: v.intent === "solution" ? "solved" : "unsolved" });
};

/** Hide or show a post, lock, pin or move the topic: moderators only, each audited. */
const moderate: Handler = async (form, { viewer, topic, origin }) => {
  assertCan(viewer, "forum:moderate");
  const user = viewer.user;
  const submission = parseWithZod(form, { schema: ModerateSchema });
  if (submission.status !== "success") return reply(400, { intent: String(form.get("intent")), error: "invalid" });
  const v = submission.value;
  switch (v.intent) {
    case "hide":
    case "unhide":
      if (!(await setPostHidden(topic, v.postId, v.intent === "hide", user, v.reason, origin))) throw notFound();
      break;
    case "lock":
    case "unlock":
      await changeTopic(topic, { locked: v.intent === "lock" }, user, v.reason);
      break;
    case "pin":
    case "unpin":
      await changeTopic(topic, { pinned: v.intent === "pin" }, user, v.reason);
      break;
    case "move":
      if (!(await allCategories()).some((c) => c.id === v.categoryId))
        return reply(400, { intent: v.intent, error: "invalid" });
      await changeTopic(topic, { categoryId: v.categoryId }, user, v.reason);
      break;
  }
  return reply(200, { intent: v.intent, notice: v.intent });
};

export const topicActions: Record<string, Handler> = {
  reply: replyOrPreview,
  previewReply: replyOrPreview,
  flag,
  subscribe: subscription,
  unsubscribe: subscription,
  solution,
  unsolve: solution,
  hide: moderate,
  unhide: moderate,
  lock: moderate,
  unlock: moderate,
  pin: moderate,
  unpin: moderate,
  move: moderate,
};
