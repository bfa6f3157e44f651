import { parseWithZod } from "@conform-to/zod";
import { redirect } from "@remix-run/node";
import { isModerator, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { consume } from "#app/utils/rate-limit.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { editablePost, writableCategories } from "./forum-page.server.ts";
import { EditPostSchema, NewTopicSchema } from "./forum.schema.ts";
import { createTopic, editPost, renderPost, topicPath } from "./forum.server.ts";
import { hasLink } from "./markdown.server.ts";
import { auditEdit } from "./moderation.server.ts";

// The new-topic and edit-post forms: each posts the text or asks for a preview.

type SignedIn = Viewer & { user: SessionUser };
/** The new-topic form's answer: field errors, or the preview as HTML. */
export type NewTopicResult = ActionResult<{ preview: string }>;
/** The edit form's answer; `conflict` holds the current text when someone saved in between. */
export type EditPostResult = ActionResult<{ preview: string; conflict: { body: string; version: number } }>;

/** Starts a topic in a category the viewer may write in (members-only ones need a membership), or previews it. */
export async function newTopicAction(viewer: SignedIn, form: FormData, locale: Locale, origin: string) {
  const user = viewer.user;
  const categories = await writableCategories(viewer);
  const submission = parseWithZod(form, { schema: NewTopicSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply() });
  const v = submission.value;
  if (!categories.some((c) => c.id === v.categoryId))
    return reply(400, { result: submission.reply({ fieldErrors: { categoryId: ["validation:choose"] } }) });
  if (!user.emailVerifiedAt && hasLink(v.body))
    return reply(400, { result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) });
  if (v.intent === "preview")
    return reply<{ preview: string }>(200, {
      result: submission.reply(),
      preview: (await renderPost(v.body, locale)).html,
    });
  await consume("forumPost", user.id);
  const topic = await createTopic(user, v, locale, origin);
  return redirect(topicPath(locale, topic));
}

/** Saves an edit (409 with both texts when the post changed since the form was loaded), or previews it. Moderators' edits of others' posts are audited. */
export async function editPostAction(viewer: SignedIn, postId: string, request: Request, locale: Locale) {
  const user = viewer.user;
  // Who may edit is settled before the body is read: 404 or 403 whatever was sent.
  const post = await editablePost(viewer, postId);
  const submission = parseWithZod(await readForm(request), { schema: EditPostSchema });
  if (submission.status !== "success" || submission.value.postId !== post.id)
    return reply(400, { result: submission.reply() });
  const v = submission.value;
  if (!user.emailVerifiedAt && hasLink(v.body))
    return reply(400, { result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) });
  if (v.intent === "previewEdit")
    return reply<{ preview: string }>(200, {
      result: submission.reply(),
      preview: (await renderPost(v.body, locale)).html,
    });
  const r = await editPost(post, v.version, v.body, user, locale);
  if (!r.ok)
    return reply<{ conflict: { body: string; version: number } }>(409, {
      result: submission.reply(),
      conflict: r.current,
    });
  if (isModerator(viewer) && post.authorId !== user.id) await auditEdit(user, post.id, post.topic.number);
  return redirect(`${topicPath(locale, post.topic)}?post=${post.postNumber}#post-${post.postNumber}`);
}
