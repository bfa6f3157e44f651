import { type LoaderFunctionArgs } from "@remix-run/node";
import { Feed } from "feed";
import { categoryText, getCategory, listTopics, viewerOf } from "#app/modules/forum/forum.server.ts";
import { db } from "#app/utils/db.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { notFound } from "#app/utils/permissions.server.ts";

// An Atom feed of a public category's newest topics (their opening posts). Members-only categories have none.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const category = await getCategory(routeParam(params, "category"));
  if (!category || category.visibility !== "PUBLIC") throw notFound();
  const origin = publicOrigin(request);
  const { topics } = await listTopics(category.id, await viewerOf(null), { page: 1 });
  const firstPosts = await db.forumPost.findMany({ where: { topicId: { in: topics.map((t) => t.id) }, postNumber: 1, hiddenAt: null }, select: { topicId: true, html: true, createdAt: true } });
  const text = categoryText(category.text, locale);
  const self = `${origin}/${locale}/forum/${category.slug}`;
  const feed = new Feed({ title: `${text.name} · Portolan`, description: text.description, id: self, link: self, language: locale, copyright: "", updated: topics[0]?.lastPostAt ?? category.createdAt, feedLinks: { atom: `${self}/feed` } });
  for (const t of [...topics].sort((a, b) => b.number - a.number)) {
    const first = firstPosts.find((p) => p.topicId === t.id);
    if (!first) continue;
    const link = `${origin}/${locale}/forum/t/${t.number}-${t.slug}`;
    feed.addItem({ title: t.title, id: link, link, date: t.lastPostAt, published: first.createdAt, content: first.html, author: [{ name: t.author?.name ?? "Portolan" }] });
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
