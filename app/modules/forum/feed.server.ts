import { Feed } from "feed";
import { anonymousViewer, assertCan, notFound } from "#app/modules/access/access.server.ts";
import { db } from "#app/utils/db.server.ts";
import { escapeHtml } from "#app/utils/html.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { categoryText, getCategory, listTopics } from "./forum.server.ts";

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF):
// one of them in a stored title would make the whole feed unreadable.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (s: string) => s.replace(NOT_XML, "");

type Category = { id: string; slug: string; text: unknown; createdAt: Date };

/** The feed of the category named `slug`: only categories a visitor may read have one (404 otherwise, like the page). */
export async function publicCategoryFeed(slug: string, locale: Locale, origin: string): Promise<string> {
  const category = await getCategory(slug);
  if (!category) throw notFound();
  assertCan(anonymousViewer, "forum:read", category);
  return categoryFeed(category, locale, origin);
}

/**
 * The Atom feed of a public category's newest topics (their opening posts).
 * The `feed` package always writes entry titles as `type="html"`, so a title
 * is HTML-escaped first: a feed reader then shows `<img src=x onerror=…>` as
 * the text it is instead of rendering it. Post bodies are already sanitised
 * HTML; names, the category text and links are escaped by the XML writer.
 */
export async function categoryFeed(category: Category, locale: Locale, origin: string): Promise<string> {
  const { topics } = await listTopics(category.id, anonymousViewer, { page: 1 });
  const firstPosts = await db.forumPost.findMany({
    where: { topicId: { in: topics.map((t) => t.id) }, postNumber: 1, hiddenAt: null },
    select: { topicId: true, html: true, createdAt: true },
  });
  const text = categoryText(category.text, locale);
  const self = `${origin}/${locale}/forum/${category.slug}`;
  const feed = new Feed({
    title: xmlSafe(`${text.name} · Portolan`),
    description: xmlSafe(text.description),
    id: self,
    link: self,
    language: locale,
    copyright: "",
    updated: topics[0]?.lastPostAt ?? category.createdAt,
    feedLinks: { atom: `${self}/feed` },
  });
  for (const t of [...topics].sort((a, b) => b.number - a.number)) {
    const first = firstPosts.find((p) => p.topicId === t.id);
    if (!first) continue;
    const link = `${origin}/${locale}/forum/t/${t.number}-${encodeURIComponent(t.slug)}`;
    feed.addItem({
      title: escapeHtml(xmlSafe(t.title)),
      id: link,
      link,
      date: t.lastPostAt,
      published: first.createdAt,
      content: xmlSafe(first.html),
      author: [{ name: xmlSafe(t.author?.name ?? "Portolan") }],
    });
  }
  return feed.atom1();
}
