import { notifyWithEmail } from "#app/modules/notifications/notifications.server.ts";
import { db } from "#app/utils/db.server.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import type { Topic } from "./forum.server.ts";

// Moderators and admins only (the view models and actions check, through the access module). Every action is written to
// the audit log with actor, reason and time; hidden content stays stored.

export const AUDIT_PAGE_SIZE = 50;

type Actor = { id: string };

function audit(
  actor: Actor,
  action: string,
  targetType: "post" | "topic",
  targetId: string,
  reason?: string,
  data: object = {},
) {
  return db.auditLog.create({
    data: { actorId: actor.id, action, targetType, targetId, reason: reason || null, data },
  });
}

/** Any signed-in reader may flag a post once; the flag waits in the moderators' queue. */
export async function flagPost(postId: string, reporterId: string, reason: string) {
  await db.postFlag.upsert({
    where: { postId_reporterId: { postId, reporterId } },
    create: { postId, reporterId, reason },
    update: { reason, resolvedAt: null, resolvedById: null },
  });
}

export function openFlags() {
  return db.postFlag.findMany({
    where: { resolvedAt: null },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      reporter: { select: { name: true } },
      post: {
        select: {
          id: true,
          postNumber: true,
          body: true,
          hiddenAt: true,
          author: { select: { name: true } },
          topic: { select: { number: true, slug: true, title: true } },
        },
      },
    },
  });
}

export async function resolveFlags(postId: string, actor: Actor) {
  await db.postFlag.updateMany({
    where: { postId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: actor.id },
  });
}

/** Closes the open reports on a post without hiding it (audited). */
export async function dismissFlags(postId: string, actor: Actor, reason?: string) {
  const r = await db.postFlag.updateMany({
    where: { postId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: actor.id },
  });
  if (r.count) await audit(actor, "dismissFlags", "post", postId, reason, { reports: r.count });
  return r.count;
}

/** Hides or shows a post again; its author is told. Returns false when the post is not in this topic. */
export async function setPostHidden(
  topic: Topic,
  postId: string,
  hidden: boolean,
  actor: Actor,
  reason: string | undefined,
  origin: string,
) {
  const post = await db.forumPost.findFirst({
    where: { id: postId, topicId: topic.id },
    select: { id: true, postNumber: true, authorId: true, hiddenAt: true },
  });
  if (!post) return false;
  if (!!post.hiddenAt === hidden) return true;
  await db.$transaction([
    db.forumPost.update({
      where: { id: post.id },
      data: hidden
        ? { hiddenAt: new Date(), hiddenById: actor.id, hiddenReason: reason || null }
        : { hiddenAt: null, hiddenById: null, hiddenReason: null },
    }),
    db.forumTopic.update({
      where: { id: topic.id },
      data: {
        postCount: { increment: hidden ? -1 : 1 },
        ...(hidden && topic.solutionPostId === post.id ? { solutionPostId: null } : {}),
      },
    }),
    // Hiding the opening post hides the topic from lists as well.
    ...(post.postNumber === 1
      ? [db.forumTopic.update({ where: { id: topic.id }, data: { hiddenAt: hidden ? new Date() : null } })]
      : []),
    audit(actor, hidden ? "hidePost" : "unhidePost", "post", post.id, reason, {
      topic: topic.number,
      postNumber: post.postNumber,
    }),
  ]);
  if (hidden) await resolveFlags(post.id, actor);
  if (post.authorId && post.authorId !== actor.id) {
    await notifyWithEmail(
      [post.authorId],
      "forumModeration",
      {
        topic: topic.title,
        topicNumber: topic.number,
        slug: topic.slug,
        postNumber: post.postNumber,
        action: hidden ? "hidden" : "shown",
      },
      origin,
      `/forum/t/${topic.number}-${topic.slug}`,
    );
  }
  return true;
}

type TopicChange = { locked: boolean } | { pinned: boolean } | { categoryId: string };

/** Lock, pin or move a topic, with an audit entry. */
export async function changeTopic(topic: Topic, change: TopicChange, actor: Actor, reason?: string) {
  const action =
    "locked" in change
      ? change.locked
        ? "lock"
        : "unlock"
      : "pinned" in change
        ? change.pinned
          ? "pin"
          : "unpin"
        : "move";
  const data = "categoryId" in change ? { from: topic.categoryId, to: change.categoryId } : {};
  await db.$transaction([
    db.forumTopic.update({ where: { id: topic.id }, data: change }),
    audit(actor, action, "topic", topic.id, reason, { topic: topic.number, ...data }),
  ]);
}

/** The audit log, newest first. */
export async function listAudit(page: number) {
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      orderBy: { createdAt: "desc" },
      ...pageWindow(page, AUDIT_PAGE_SIZE),
      include: { actor: { select: { name: true } } },
    }),
    db.auditLog.count(),
  ]);
  return { entries, total, pageCount: pageCount(total, AUDIT_PAGE_SIZE) };
}

/** Records an edit of someone else's post by a moderator. */
export function auditEdit(actor: Actor, postId: string, topicNumber: number) {
  return audit(actor, "editPost", "post", postId, undefined, { topic: topicNumber });
}
