import { prefixQuery } from "#app/modules/directory/directory.server.ts";
import { database } from "#app/utils/db.server.ts";
import { escapeHtml } from "#app/utils/html.ts";
import type { Viewer } from "./forum.server.ts";
import { markdownToText } from "./markdown.server.ts";

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
 * the post as plain text (Markdown stripped, so no `**` or link targets show)
 * with markers we then escape and turn into <mark>.
 */
export async function searchForum(viewer: Viewer, q: string, opts: { category?: string; language?: string; page: number }) {
  const tsquery = prefixQuery(q);
  if (!tsquery) return { hits: [] as SearchHit[], total: 0, pageCount: 1 };
  const params: unknown[] = [tsquery];
  const add = (v: unknown) => `$${params.push(v)}`;
  // Posts that match come first (GIN index), then their topics and categories:
  // started the other way round, the planner walked every topic's posts.
  const where = [
    `t."hiddenAt" is null`,
    viewer.isMember ? "true" : `c.visibility = 'PUBLIC'`,
    opts.category ? `c.slug = ${add(opts.category)}` : "true",
    opts.language ? `t.language = ${add(opts.language)}` : "true",
  ].join(" and ");
  const offset = add((opts.page - 1) * SEARCH_PAGE_SIZE);
  let rows: (Omit<SearchHit, "snippet"> & { total: number; body: string })[] = [];
  let snippets: string[] = [];
  // The planner prefers a sequential scan of all posts (it underestimates the
  // cost of reading each document); the GIN index is 10–20× faster here.
  await database().transaction(async (query) => {
    await query("set local enable_seqscan = off");
    rows = await query<Omit<SearchHit, "snippet"> & { total: number; body: string }>(
    `with hits as materialized (
       select p.id, p."topicId", p."postNumber", p."createdAt", p."authorId", ts_rank(p.search, query) as rank
         from "ForumPost" p, to_tsquery('simple', $1) query
        where p.search @@ query and p."hiddenAt" is null
     ),
     matches as (
       select h.id, h."postNumber", h."createdAt", h."authorId", h.rank, t.number, t.slug, t.title, t.language, c.slug as "categorySlug",
              count(*) over ()::int as total
         from hits h
         join "ForumTopic" t on t.id = h."topicId"
         join "ForumCategory" c on c.id = t."categoryId"
        where ${where}
        order by h.rank desc, h."createdAt" desc
        limit ${SEARCH_PAGE_SIZE} offset ${offset}::int
     )
     select m.id as "postId", m."postNumber", m.number as "topicNumber", m.slug, m.title, m.language, m."categorySlug", m."createdAt", m.total,
            u.name as author, p.body
       from matches m join "ForumPost" p on p.id = m.id left join "User" u on u.id = m."authorId"
      order by m.rank desc, m."createdAt" desc`,
      params,
    );
    if (!rows.length) return;
    // ts_headline on the text a reader sees, not on the Markdown source.
    const headlines = await query<{ snippet: string }>(
      `select ts_headline('simple', body, to_tsquery('simple', $1), 'StartSel=[[[, StopSel=]]], MaxWords=30, MinWords=12, MaxFragments=2') as snippet
         from unnest($2::text[]) with ordinality as b(body, n)
        order by n`,
      [tsquery, rows.map((r) => markdownToText(r.body))],
    );
    snippets = headlines.map((h) => h.snippet);
  });
  const total = rows[0]?.total ?? 0;
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    hits: rows.map(({ total: _t, body: _b, ...h }, i) => ({ ...h, snippet: highlight(snippets[i] ?? "") })),
  };
}

/** Escapes the snippet, then turns our markers into <mark>: no HTML from a post survives. */
export function highlight(raw: string): string {
  return escapeHtml(raw)
    .replace(/\[\[\[/g, "<mark>")
    .replace(/\]\]\]/g, "</mark>");
}
