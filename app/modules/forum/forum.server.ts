import { Prisma } from "#app/generated/prisma/client.ts";
import { can, isModerator, isNetworkMember, type Viewer } from "#app/modules/access/access.server.ts";
import { getCatalogue, moduleText } from "#app/modules/learning/catalogue.server.ts";
import { notifyWithEmail } from "#app/modules/notifications/notifications.server.ts";
import { slugify } from "#app/utils/reference/slug.ts";
import { db, database, queryRows } from "#app/utils/db.server.ts";
import { escapeHtml } from "#app/utils/html.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { z } from "zod";
import { POSTS_PAGE_SIZE, TOPIC_PAGE_SIZE } from "./forum.schema.ts";
import { internalLinks, markMentions, mentionedHandles, renderMarkdown } from "./markdown.server.ts";

type CategoryText = Record<string, { name: string; description: string }>;
export function categoryText(text: unknown, locale: Locale) {
  const t = (text ?? {}) as CategoryText;
  return t[locale] ?? t.en ?? Object.values(t)[0] ?? { name: "", description: "" };
}

/** One row of the category list; `text` is the localised name and description that `categoryText` reads. */
const CategoryRow = z.object({
  id: z.string(),
  slug: z.string(),
  visibility: z.enum(["PUBLIC", "MEMBERS"]),
  text: z.unknown(),
  topics: z.number().int(),
  posts: z.number().int(),
  lastPostAt: z.date().nullable(),
  lastTitle: z.string().nullable(),
  lastNumber: z.number().int().nullable(),
  lastSlug: z.string().nullable(),
});

// One query with lateral joins: the forum index asks for counts and the latest topic of every category.
const CATEGORIES_SQL = `
  select c.id, c.slug, c.visibility::text as visibility, c.text,
         (select count(*)::int from "ForumTopic" t where t."categoryId" = c.id and t."hiddenAt" is null) as topics,
         (select coalesce(sum(t."postCount"), 0)::int from "ForumTopic" t where t."categoryId" = c.id and t."hiddenAt" is null) as posts,
         l."lastPostAt", l.title as "lastTitle", l.number as "lastNumber", l.slug as "lastSlug"
    from "ForumCategory" c
    left join lateral (select t."lastPostAt", t.title, t.number, t.slug from "ForumTopic" t
                        where t."categoryId" = c.id and t."hiddenAt" is null order by t."lastPostAt" desc limit 1) l on true
   order by c."order", c.slug`;

/** Categories the viewer may read, with topic counts and the latest activity. */
export async function listCategories(viewer: Viewer) {
  const rows = await queryRows(CategoryRow, CATEGORIES_SQL);
  return rows.filter((c) => can(viewer, "forum:read", c));
}

export function getCategory(slug: string) {
  return db.forumCategory.findUnique({ where: { slug } });
}

export function allCategories() {
  return db.forumCategory.findMany({
    orderBy: [{ order: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, visibility: true, text: true },
  });
}

/** One page of a category: pinned first, then by latest activity; unread and solved markers. */
export async function listTopics(categoryId: string, viewer: Viewer, opts: { language?: string; page: number }) {
  const where: Prisma.ForumTopicWhereInput = {
    categoryId,
    ...(isModerator(viewer) ? {} : { hiddenAt: null }),
    ...(opts.language ? { language: opts.language } : {}),
  };
  const [topics, total] = await Promise.all([
    db.forumTopic.findMany({
      where,
      orderBy: [{ pinned: "desc" }, { lastPostAt: "desc" }, { number: "desc" }],
      ...pageWindow(opts.page, TOPIC_PAGE_SIZE),
      select: {
        id: true,
        number: true,
        slug: true,
        title: true,
        language: true,
        pinned: true,
        locked: true,
        solutionPostId: true,
        postCount: true,
        lastPostAt: true,
        lastPostNumber: true,
        hiddenAt: true,
        author: { select: { name: true } },
        reads: viewer.user ? { where: { userId: viewer.user.id }, select: { lastPostNumber: true } } : false,
      },
    }),
    db.forumTopic.count({ where }),
  ]);
  return {
    total,
    pageCount: pageCount(total, TOPIC_PAGE_SIZE),
    topics: topics.map(({ reads, ...t }) => ({
      ...t,
      solved: !!t.solutionPostId,
      unread: viewer.user ? (reads?.[0]?.lastPostNumber ?? 0) < t.lastPostNumber : false,
    })),
  };
}

export function getTopic(number: number) {
  return db.forumTopic.findUnique({
    where: { number },
    include: { category: true, author: { select: { id: true, name: true } } },
  });
}
export type Topic = NonNullable<Awaited<ReturnType<typeof getTopic>>>;

/**
 * One page of a topic's posts. Hidden posts are left out for everyone but
 * moderators and their author (who sees that it is hidden).
 */
export async function listPosts(topicId: string, viewer: Viewer, page: number) {
  const visible: Prisma.ForumPostWhereInput = isModerator(viewer)
    ? { topicId }
    : { topicId, OR: [{ hiddenAt: null }, ...(viewer.user ? [{ authorId: viewer.user.id }] : [])] };
  const [posts, total] = await Promise.all([
    db.forumPost.findMany({
      where: visible,
      orderBy: { postNumber: "asc" },
      ...pageWindow(page, POSTS_PAGE_SIZE),
      select: {
        id: true,
        postNumber: true,
        html: true,
        body: true,
        language: true,
        version: true,
        editedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        createdAt: true,
        orgName: true,
        authorId: true,
        author: { select: { name: true } },
        _count: { select: { revisions: true } },
      },
    }),
    db.forumPost.count({ where: visible }),
  ]);
  return { posts, total, pageCount: pageCount(total, POSTS_PAGE_SIZE) };
}

/** The page of a topic on which post N is shown (for permalinks). */
export async function pageOfPost(topicId: string, postNumber: number, viewer: Viewer) {
  const before = await db.forumPost.count({
    where: { topicId, postNumber: { lt: postNumber }, ...(isModerator(viewer) ? {} : { hiddenAt: null }) },
  });
  return Math.floor(before / POSTS_PAGE_SIZE) + 1;
}

/** The people a post mentions: a handle is the part of an active account's email before the @. */
const MentionedRow = z.object({ id: z.string(), handle: z.string(), name: z.string() });
const MENTIONED_SQL = `select id, lower(split_part(email, '@', 1)) as handle, name from "User" where lower(split_part(email, '@', 1)) = any($1::text[]) and "disabledAt" is null`;

/** Markdown → stored HTML: sanitised, with known @mentions marked and Portolan links as cards. */
export async function renderPost(body: string, locale: Locale) {
  const handles = mentionedHandles(body);
  const mentioned = handles.length ? await queryRows(MentionedRow, MENTIONED_SQL, [handles]) : [];
  let html = markMentions(renderMarkdown(body), new Set(mentioned.map((m) => m.handle)));
  const cards: string[] = [];
  for (const link of internalLinks(body)) {
    if (link.kind === "module") {
      const m = catalogueModules().find((x) => x.slug === link.slug);
      if (m) cards.push(card(link.href, "module", moduleText(m, locale).title, moduleText(m, locale).summary));
    } else {
      const org = await db.organisation.findUnique({ where: { slug: link.slug }, select: { name: true, city: true } });
      if (org) cards.push(card(link.href, "org", org.name, org.city));
    }
  }
  if (cards.length) html += `<ul class="link-cards">${cards.join("")}</ul>`;
  return { html, mentioned };
}

/** The catalogue's modules, or none when it is not loaded (a script without the build). */
function catalogueModules() {
  try {
    return getCatalogue().modules;
  } catch {
    return [];
  }
}

function card(href: string, kind: string, title: string, detail: string) {
  return `<li class="link-card link-card-${kind}"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a><span>${escapeHtml(detail)}</span></li>`;
}

async function orgNameOf(userId: string) {
  const m = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { org: { select: { name: true } } },
  });
  return m?.org.name ?? null;
}

const topicLink = (t: { number: number; slug: string }, postNumber: number) =>
  `/forum/t/${t.number}-${t.slug}?post=${postNumber}#post-${postNumber}`;

type NewTopic = { categoryId: string; title: string; language: Locale; body: string; key?: string };

/**
 * Creates a topic with its opening post. A repeated submit of the same form
 * (same idempotency key) returns the topic created the first time.
 */
export async function createTopic(author: SessionUser, input: NewTopic, locale: Locale, origin: string) {
  if (input.key) {
    const existing = await db.forumPost.findUnique({
      where: { authorId_idempotencyKey: { authorId: author.id, idempotencyKey: input.key } },
      select: { topic: { select: { number: true, slug: true } } },
    });
    if (existing) return existing.topic;
  }
  const { html, mentioned } = await renderPost(input.body, locale);
  const orgName = await orgNameOf(author.id);
  const slug = slugify(input.title).slice(0, 60) || "topic";
  let topic: { id: string; number: number; slug: string; title: string };
  try {
    topic = await db.$transaction(async (tx) => {
      const t = await tx.forumTopic.create({
        data: {
          categoryId: input.categoryId,
          title: input.title,
          slug,
          language: input.language,
          authorId: author.id,
          postCount: 1,
          lastPostNumber: 1,
        },
        select: { id: true, number: true, slug: true, title: true },
      });
      await tx.forumPost.create({
        data: {
          topicId: t.id,
          postNumber: 1,
          authorId: author.id,
          orgName,
          body: input.body,
          html,
          language: input.language,
          idempotencyKey: input.key ?? null,
        },
      });
      await tx.topicSubscription.create({ data: { userId: author.id, topicId: t.id } });
      await tx.topicRead.create({ data: { userId: author.id, topicId: t.id, lastPostNumber: 1 } });
      return t;
    });
  } catch (e) {
    // Two submits raced: the loser finds the winner's topic.
    if (input.key && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const existing = await db.forumPost.findUniqueOrThrow({
        where: { authorId_idempotencyKey: { authorId: author.id, idempotencyKey: input.key } },
        select: { topic: { select: { number: true, slug: true } } },
      });
      return existing.topic;
    }
    throw e;
  }
  await notifyWithEmail(
    mentioned.filter((m) => m.id !== author.id).map((m) => m.id),
    "forumMention",
    { topic: topic.title, topicNumber: topic.number, slug: topic.slug, postNumber: 1, author: author.name },
    origin,
    topicLink(topic, 1),
  );
  return topic;
}

export type ReplyResult = { ok: true; postNumber: number } | { ok: false; error: "locked" };

/** Adds a reply (numbered within the topic), subscribes its author and notifies subscribers and mentioned people. */
export async function createReply(
  author: SessionUser,
  topic: Topic,
  input: { body: string; language: Locale; key?: string },
  locale: Locale,
  origin: string,
): Promise<ReplyResult> {
  if (input.key) {
    const existing = await db.forumPost.findUnique({
      where: { authorId_idempotencyKey: { authorId: author.id, idempotencyKey: input.key } },
      select: { postNumber: true },
    });
    if (existing) return { ok: true, postNumber: existing.postNumber };
  }
  if (topic.locked) return { ok: false, error: "locked" };
  const { html, mentioned } = await renderPost(input.body, locale);
  const orgName = await orgNameOf(author.id);
  let postNumber: number;
  try {
    postNumber = await db.$transaction(async (tx) => {
      // The increment takes the topic row's lock: concurrent replies get consecutive numbers.
      const t = await tx.forumTopic.update({
        where: { id: topic.id },
        data: { lastPostNumber: { increment: 1 }, postCount: { increment: 1 }, lastPostAt: new Date() },
        select: { lastPostNumber: true },
      });
      await tx.forumPost.create({
        data: {
          topicId: topic.id,
          postNumber: t.lastPostNumber,
          authorId: author.id,
          orgName,
          body: input.body,
          html,
          language: input.language,
          idempotencyKey: input.key ?? null,
        },
      });
      await tx.topicSubscription.upsert({
        where: { userId_topicId: { userId: author.id, topicId: topic.id } },
        create: { userId: author.id, topicId: topic.id },
        update: {},
      });
      await tx.topicRead.upsert({
        where: { userId_topicId: { userId: author.id, topicId: topic.id } },
        create: { userId: author.id, topicId: topic.id, lastPostNumber: t.lastPostNumber },
        update: { lastPostNumber: t.lastPostNumber },
      });
      return t.lastPostNumber;
    });
  } catch (e) {
    if (input.key && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const existing = await db.forumPost.findUniqueOrThrow({
        where: { authorId_idempotencyKey: { authorId: author.id, idempotencyKey: input.key } },
        select: { postNumber: true },
      });
      return { ok: true, postNumber: existing.postNumber };
    }
    throw e;
  }
  const data = { topic: topic.title, topicNumber: topic.number, slug: topic.slug, postNumber, author: author.name };
  const mentionedIds = new Set(mentioned.map((m) => m.id).filter((id) => id !== author.id));
  const subscribers = await db.topicSubscription.findMany({
    where: { topicId: topic.id, userId: { not: author.id } },
    select: { userId: true },
  });
  await notifyWithEmail([...mentionedIds], "forumMention", data, origin, topicLink(topic, postNumber));
  await notifyWithEmail(
    subscribers.map((s) => s.userId).filter((id) => !mentionedIds.has(id)),
    "forumReply",
    data,
    origin,
    topicLink(topic, postNumber),
  );
  return { ok: true, postNumber };
}

export function getPost(postId: string) {
  return db.forumPost.findUnique({
    where: { id: postId },
    include: { topic: { include: { category: true, author: { select: { id: true, name: true } } } } },
  });
}
export type Post = NonNullable<Awaited<ReturnType<typeof getPost>>>;

export type EditResult = { ok: true } | { ok: false; error: "conflict"; current: { body: string; version: number } };

/**
 * Saves an edit made on `version`. The previous text goes to the revision
 * history; if the post changed since the form was loaded nothing is written.
 */
export async function editPost(
  post: Post,
  version: number,
  body: string,
  editor: SessionUser,
  locale: Locale,
): Promise<EditResult> {
  const { html } = await renderPost(body, locale);
  const saved = await db.$transaction(async (tx) => {
    // The text being replaced is read in the same transaction that replaces it.
    const before = await tx.forumPost.findUnique({ where: { id: post.id }, select: { body: true, version: true } });
    if (!before || before.version !== version) return false;
    const u = await tx.forumPost.updateMany({
      where: { id: post.id, version },
      data: { body, html, version: { increment: 1 }, editedAt: new Date() },
    });
    if (u.count !== 1) return false;
    await tx.postRevision.create({ data: { postId: post.id, version, body: before.body, editorId: editor.id } });
    return true;
  });
  if (saved) return { ok: true };
  const current = await db.forumPost.findUniqueOrThrow({
    where: { id: post.id },
    select: { body: true, version: true },
  });
  return { ok: false, error: "conflict", current };
}

/** Earlier versions of a post, newest first (for its author and moderators). */
export function listRevisions(postId: string) {
  return db.postRevision.findMany({
    where: { postId },
    orderBy: { version: "desc" },
    select: { version: true, body: true, createdAt: true, editor: { select: { name: true } } },
  });
}

/** The topic author or a moderator marks a reply as the solution; its author is told. */
export async function markSolution(topic: Topic, postId: string | null, origin: string) {
  if (postId) {
    const post = await db.forumPost.findFirst({
      where: { id: postId, topicId: topic.id, hiddenAt: null },
      select: { id: true, authorId: true, postNumber: true },
    });
    if (!post) return false;
    await db.forumTopic.update({ where: { id: topic.id }, data: { solutionPostId: post.id } });
    if (post.authorId && post.authorId !== topic.authorId) {
      await notifyWithEmail(
        [post.authorId],
        "forumSolution",
        { topic: topic.title, topicNumber: topic.number, slug: topic.slug, postNumber: post.postNumber },
        origin,
        topicLink(topic, post.postNumber),
      );
    }
    return true;
  }
  await db.forumTopic.update({ where: { id: topic.id }, data: { solutionPostId: null } });
  return true;
}

export async function setSubscribed(userId: string, topicId: string, on: boolean) {
  if (on)
    await db.topicSubscription.upsert({
      where: { userId_topicId: { userId, topicId } },
      create: { userId, topicId },
      update: {},
    });
  else await db.topicSubscription.deleteMany({ where: { userId, topicId } });
}

export async function isSubscribed(userId: string, topicId: string) {
  return !!(await db.topicSubscription.findUnique({
    where: { userId_topicId: { userId, topicId } },
    select: { userId: true },
  }));
}

/** Remembers how far a person has read (never moves backwards). */
export async function markRead(userId: string, topicId: string, lastPostNumber: number) {
  await database().query(
    `insert into "TopicRead" ("userId", "topicId", "lastPostNumber", "updatedAt") values ($1, $2, $3, now())
     on conflict ("userId", "topicId") do update set "lastPostNumber" = greatest("TopicRead"."lastPostNumber", excluded."lastPostNumber"), "updatedAt" = now()`,
    [userId, topicId, lastPostNumber],
  );
}

export function topicPath(locale: string, t: { number: number; slug: string }) {
  return `/${locale}/forum/t/${t.number}-${t.slug}`;
}

/** The latest topics started by members of an organisation that the viewer may read (for its directory profile). */
export async function topicsByOrganisation(orgId: string, viewer: Viewer, take = 5) {
  return db.forumTopic.findMany({
    where: {
      hiddenAt: null,
      author: { memberships: { some: { orgId } } },
      ...(isNetworkMember(viewer) ? {} : { category: { visibility: "PUBLIC" } }),
    },
    orderBy: { lastPostAt: "desc" },
    take,
    select: { number: true, slug: true, title: true, language: true, lastPostAt: true },
  });
}
