import { prefixQuery } from "#app/modules/directory/directory.server.ts";
import { database } from "#app/utils/db.server.ts";
import type { Viewer } from "./forum.server.ts";

export const SEARCH_PAGE_SIZE = 20;

export type SearchHit = {
  postId: string;
  postNumber: number;
  topicNumber: number;
  slug: string;
  title: string;
  language: string;
  categorySlug: string;
  author: string | null;
  createdAt: Date;
  snippet: string;
};

/**
 * Full-text search over titles and bodies (GIN index on a stored tsvector),
 * ranked, with highlighted snippets. Members-only categories and hidden
 * posts or topics are excluded in SQL for anyone who may not read them, so
 * neither results nor counts leak. Snippets are built by ts_headline from
 * the Markdown source with markers we then escape and turn into <mark>.
 */
export async function searchForum(viewer: Viewer, q: string, opts: { category?: string; language?: string; page: number }) {
  const tsquery = prefixQuery(q);
  if (!tsquery) return { hits: [] as SearchHit[], total: 0, pageCount: 1 };
  const params: unknown[] = [tsquery];
  const add = (v: unknown) => `$${params.push(v)}`;
  const where = [
    `p.search @@ query`,
    `p."hiddenAt" is null`,
    `t."hiddenAt" is null`,
    viewer.isMember ? "true" : `c.visibility = 'PUBLIC'`,
    opts.category ? `c.slug = ${add(opts.category)}` : "true",
    opts.language ? `t.language = ${add(opts.language)}` : "true",
  ].join(" and ");
  const offset = add((opts.page - 1) * SEARCH_PAGE_SIZE);
  const rows = await database().query<SearchHit & { total: number; rawSnippet: string }>(
    `with matches as (
       select p.id, p."postNumber", p.body, p."createdAt", p."authorId", t.number, t.slug, t.title, t.language, c.slug as "categorySlug",
              ts_rank(p.search, query) as rank, count(*) over ()::int as total
         from "ForumPost" p
         join "ForumTopic" t on t.id = p."topicId"
         join "ForumCategory" c on c.id = t."categoryId",
              to_tsquery('simple', $1) query
        where ${where}
        order by rank desc, p."createdAt" desc
        limit ${SEARCH_PAGE_SIZE} offset ${offset}::int
     )
     select m.id as "postId", m."postNumber", m.number as "topicNumber", m.slug, m.title, m.language, m."categorySlug", m."createdAt", m.total,
            u.name as author,
            ts_headline('simple', m.body, to_tsquery('simple', $1), 'StartSel=[[[, StopSel=]]], MaxWords=30, MinWords=12, MaxFragments=2') as "rawSnippet"
       from matches m left join "User" u on u.id = m."authorId"
      order by m.rank desc, m."createdAt" desc`,
    params,
  );
  const total = rows[0]?.total ?? 0;
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    hits: rows.map(({ total: _t, rawSnippet, ...h }) => ({ ...h, snippet: highlight(rawSnippet) })),
  };
}

/** Escapes the snippet, then turns our markers into <mark>: no HTML from a post survives. */
export function highlight(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
    .replace(/\[\[\[/g, "<mark>")
    .replace(/\]\]\]/g, "</mark>");
}
