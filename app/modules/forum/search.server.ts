import { z } from "zod";
import { isNetworkMember, type Viewer } from "#app/modules/access/access.server.ts";
import { prefixQuery } from "#app/modules/directory/directory.server.ts";
import { database, queryRows } from "#app/utils/db.server.ts";
import { escapeHtml } from "#app/utils/html.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import { markdownToText } from "./markdown.server.ts";

export const SEARCH_PAGE_SIZE = 20;

/** One search result row, with the page's total and the post's Markdown (for its snippet). */
const HitRow = z.object({
  postId: z.string(),
  postNumber: z.number().int(),
  topicNumber: z.number().int(),
  slug: z.string(),
  title: z.string(),
  language: z.string(),
  categorySlug: z.string(),
  author: z.string().nullable(),
  createdAt: z.date(),
  total: z.number().int(),
  body: z.string(),
});
const SnippetRow = z.object({ snippet: z.string() });

export type SearchHit = Omit<z.output<typeof HitRow>, "total" | "body"> & { snippet: string };

/**
 * Full-text search over titles and bodies (GIN index on a stored tsvector),
 * ranked, with highlighted snippets. Members-only categories and hidden
 * posts or topics are excluded in SQL for anyone who may not read them, so
 * neither results nor counts leak. Snippets are built by ts_headline from
 * the post as plain text (Markdown stripped, so no `**` or link targets show)
 * with markers we then escape and turn into <mark>.
 */
export async function searchForum(
  viewer: Viewer,
  q: string,
  opts: { category?: string; language?: string; page: number },
) {
  const tsquery = prefixQuery(q);
  if (!tsquery) return { hits: [] as SearchHit[], total: 0, pageCount: 1 };
  const params: unknown[] = [tsquery];
  const add = (v: unknown) => `$${params.push(v)}`;
  // Posts that match come first (GIN index), then their topics and categories:
  // started the other way round, the planner walked every topic's posts.
  const where = [
    `t."hiddenAt" is null`,
    isNetworkMember(viewer) ? "true" : `c.visibility = 'PUBLIC'`,
    opts.category ? `c.slug = ${add(opts.category)}` : "true",
    opts.language ? `t.language = ${add(opts.language)}` : "true",
  ].join(" and ");
  const offset = add(pageWindow(opts.page, SEARCH_PAGE_SIZE).skip);
  let rows: z.output<typeof HitRow>[] = [];
  let snippets: string[] = [];
  // The planner prefers a sequential scan of all posts (it underestimates the
  // cost of reading each document); the GIN index is 10–20× faster here.
  await database().transaction(async (query) => {
    await query("set local enable_seqscan = off");
    rows = await queryRows(
      HitRow,
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
      query,
    );
    if (!rows.length) return;
    // ts_headline on the text a reader sees, not on the Markdown source.
    const headlines = await queryRows(
      SnippetRow,
      `select ts_headline('simple', body, to_tsquery('simple', $1), 'StartSel=[[[, StopSel=]]], MaxWords=30, MinWords=12, MaxFragments=2') as snippet
         from unnest($2::text[]) with ordinality as b(body, n)
        order by n`,
      [tsquery, rows.map((r) => markdownToText(r.body))],
      query,
    );
    snippets = headlines.map((h) => h.snippet);
  });
  const total = rows[0]?.total ?? 0;
  return {
    total,
    pageCount: pageCount(total, SEARCH_PAGE_SIZE),
    hits: rows.map(({ total: _t, body: _b, ...h }, i) => ({ ...h, snippet: highlight(snippets[i] ?? "") })),
  };
}

/** Escapes the snippet, then turns our markers into <mark>: no HTML from a post survives. */
export function highlight(raw: string): string {
  return escapeHtml(raw)
    .replace(/\[\[\[/g, "<mark>")
    .replace(/\]\]\]/g, "</mark>");
}
