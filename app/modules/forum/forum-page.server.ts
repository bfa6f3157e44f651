import { redirect } from "@remix-run/node";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { assertCan, can, isModerator, notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { pageParam } from "#app/utils/pagination.ts";
import { INT4_MAX } from "#app/utils/text-schema.ts";
import { CategoryQuerySchema, SearchQuerySchema } from "./forum.schema.ts";
import {
  allCategories,
  categoryText,
  getCategory,
  getPost,
  getTopic,
  isSubscribed,
  listCategories,
  listPosts,
  listRevisions,
  listTopics,
  markRead,
  pageOfPost,
  topicPath,
} from "./forum.server.ts";
import { listAudit, openFlags } from "./moderation.server.ts";
import { searchForum } from "./search.server.ts";

// View models of the forum pages: each loader calls one of these with the
// request's viewer. What the viewer may not see is a 404, what they see but
// may not do a 403 (both through the access module).

/** The topic named by a `<number>-<slug>` URL segment, if the viewer may see it (404 otherwise: no existence leak). */
export async function topicBySegment(viewer: Viewer, segment: string | undefined) {
  const number = Number(/^(\d+)/.exec(segment ?? "")?.[1]);
  const topic = Number.isSafeInteger(number) && number > 0 && number <= INT4_MAX ? await getTopic(number) : null;
  if (!topic) throw notFound();
  assertCan(viewer, "forum:see-topic", topic);
  return topic;
}

/** The post the viewer may edit: 404 when they may not see it, 403 when they see it but may not edit it. */
export async function editablePost(viewer: Viewer, postId: string) {
  const post = await getPost(postId);
  if (!post) throw notFound();
  assertCan(viewer, "forum:see-topic", post.topic);
  assertCan(viewer, "forum:see-post", post);
  assertCan(viewer, "forum:edit-post", post);
  return post;
}

/** The categories the viewer may start a topic in. */
export async function writableCategories(viewer: Viewer) {
  return (await allCategories()).filter((c) => can(viewer, "forum:write", c));
}

/** The forum's front page: the categories the viewer may read. */
export async function forumIndexPage(viewer: Viewer, locale: Locale) {
  const categories = await listCategories(viewer);
  return {
    title: getFixedT(locale, "forum")("title"),
    locale,
    signedIn: !!viewer.user,
    categories: categories.map((c) => ({ ...c, ...categoryText(c.text, locale), text: undefined })),
  };
}

/** One page of a category's topics. Members-only categories do not exist for those who may not read them. */
export async function categoryPage(viewer: Viewer, slug: string, url: URL, locale: Locale) {
  const category = await getCategory(slug);
  if (!category) throw notFound();
  assertCan(viewer, "forum:read", category);
  const query = { ...CategoryQuerySchema.parse(Object.fromEntries(url.searchParams)), page: pageParam(url) };
  const list = await listTopics(category.id, viewer, query);
  const text = categoryText(category.text, locale);
  return {
    title: text.name,
    description: text.description,
    locale,
    slug: category.slug,
    name: text.name,
    intro: text.description,
    canPost: can(viewer, "forum:write", category),
    signedIn: !!viewer.user,
    language: query.language ?? "",
    page: query.page,
    ...list,
  };
}

/** A topic page: its posts as the viewer may see them, what they may do with each, and the reply form's state. */
export async function topicPage(viewer: Viewer, segment: string | undefined, url: URL, locale: Locale) {
  const topic = await topicBySegment(viewer, segment);
  // A permalink (?post=N#post-N) opens the page that holds post N.
  const postParam = Number(url.searchParams.get("post"));
  const page =
    Number.isSafeInteger(postParam) && postParam > 0 ? await pageOfPost(topic.id, postParam, viewer) : pageParam(url);
  if (segment !== `${topic.number}-${topic.slug}`) throw redirect(`${topicPath(locale, topic)}${url.search}`, 301);
  const list = await listPosts(topic.id, viewer, page);
  const user = viewer.user;
  const last = list.posts.at(-1);
  if (user && last) await markRead(user.id, topic.id, last.postNumber);
  const quoteN = Number(url.searchParams.get("quote"));
  const quoted = quoteN ? list.posts.find((p) => p.postNumber === quoteN && !p.hiddenAt) : undefined;
  const quote = quoted
    ? `> **${quoted.author?.name ?? "—"}** (#${quoted.postNumber}):\n${quoted.body
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n")}\n\n`
    : "";
  const moderates = can(viewer, "forum:moderate");
  return {
    title: topic.title,
    locale,
    topic: {
      id: topic.id,
      number: topic.number,
      slug: topic.slug,
      title: topic.title,
      language: topic.language,
      locked: topic.locked,
      pinned: topic.pinned,
      hidden: !!topic.hiddenAt,
      solutionPostId: topic.solutionPostId,
      authorId: topic.authorId,
      category: {
        slug: topic.category.slug,
        name: categoryText(topic.category.text, locale).name,
        id: topic.categoryId,
      },
    },
    page,
    pageCount: list.pageCount,
    posts: list.posts.map((p) => ({
      id: p.id,
      number: p.postNumber,
      html: p.html,
      language: p.language,
      author: p.author?.name ?? null,
      orgName: p.orgName,
      createdAt: p.createdAt,
      edited: !!p.editedAt,
      hidden: !!p.hiddenAt,
      hiddenReason: isModerator(viewer) ? p.hiddenReason : null,
      revisions: p._count.revisions,
      mine: !!user && p.authorId === user.id,
      canEdit: can(viewer, "forum:edit-post", { authorId: p.authorId, topic }),
    })),
    signedIn: !!user,
    canReply: can(viewer, "forum:reply", topic),
    canSolve: can(viewer, "forum:mark-solution", topic),
    isModerator: moderates,
    subscribed: user ? await isSubscribed(user.id, topic.id) : false,
    categories: moderates
      ? (await allCategories()).map((c) => ({ id: c.id, name: categoryText(c.text, locale).name }))
      : [],
    replyKey: randomUUID(),
    quote,
  };
}
export type TopicPage = Awaited<ReturnType<typeof topicPage>>;

/** The new-topic form: the categories the viewer may write in, the one the link asked for preselected. */
export async function newTopicPage(viewer: Viewer, url: URL, locale: Locale) {
  const categories = await writableCategories(viewer);
  const wanted = url.searchParams.get("category");
  return {
    title: getFixedT(locale, "forum")("new.title"),
    locale,
    categories: categories.map((c) => ({ id: c.id, slug: c.slug, name: categoryText(c.text, locale).name })),
    selected: categories.find((c) => c.slug === wanted)?.id ?? "",
    key: randomUUID(),
  };
}

/** The edit form of a post, with its history (visible to the author and moderators: exactly who may edit). */
export async function editPostPage(viewer: Viewer, postId: string, locale: Locale) {
  const post = await editablePost(viewer, postId);
  return {
    title: getFixedT(locale, "forum")("edit.title"),
    locale,
    post: { id: post.id, number: post.postNumber, body: post.body, version: post.version },
    topic: {
      title: post.topic.title,
      href: `${topicPath(locale, post.topic)}?post=${post.postNumber}#post-${post.postNumber}`,
    },
    revisions: await listRevisions(post.id),
  };
}

/** Search results; `timed` hears when the search itself started (for the Server-Timing header). */
export async function searchPage(
  viewer: Viewer,
  url: URL,
  locale: Locale,
  timed: (started: number) => void = () => {},
) {
  const query = SearchQuerySchema.parse(Object.fromEntries(url.searchParams));
  // Only names for the filter: the readable categories, without listCategories' counts.
  const categories = (await allCategories()).filter((c) => can(viewer, "forum:read", c));
  const started = performance.now();
  const result = await searchForum(viewer, query.q, query);
  timed(started);
  return {
    title: getFixedT(locale, "forum")("search.title"),
    locale,
    query,
    categories: categories.map((c) => ({ slug: c.slug, name: categoryText(c.text, locale).name })),
    ...result,
  };
}

/** The moderators' queue of open reports. */
export async function flagsPage(viewer: Viewer, locale: Locale) {
  assertCan(viewer, "forum:moderate");
  return { title: getFixedT(locale, "forum")("flags.title"), locale, flags: await openFlags() };
}

/** Where an audit entry points: the topic number and, for posts, the post number (older entries may lack them). */
const AuditTarget = z
  .object({
    topic: z.number().int().nullable().catch(null).default(null),
    postNumber: z.number().int().nullable().catch(null).default(null),
  })
  .catch({ topic: null, postNumber: null });

/** The moderation audit log, newest first (moderators and admins). */
export async function auditPage(viewer: Viewer, url: URL, locale: Locale) {
  assertCan(viewer, "site:moderate");
  const page = pageParam(url);
  const list = await listAudit(page);
  return {
    title: getFixedT(locale, "forum")("audit.title"),
    locale,
    page,
    pageCount: list.pageCount,
    entries: list.entries.map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actor?.name ?? "—",
      reason: e.reason,
      createdAt: e.createdAt,
      ...AuditTarget.parse(e.data),
    })),
  };
}
