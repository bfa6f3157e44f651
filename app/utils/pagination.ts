import { z } from "zod";

/** The highest page a list link may ask for; deeper pages are a search problem, not a paging one. */
export const MAX_PAGE = 10_000;

const PageParam = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** The `?page=` of a URL: a whole number from 1 to MAX_PAGE, 1 for anything else (never a 400). */
export function pageParam(url: URL | string, name = "page"): number {
  const search = typeof url === "string" ? new URL(url).searchParams : url.searchParams;
  return PageParam.parse(search.get(name) ?? undefined);
}

/** How many pages `total` rows fill, at least one (an empty list is one empty page). */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** `skip`/`take` for page `page` of `pageSize` rows. */
export const pageWindow = (page: number, pageSize: number) => ({ skip: (page - 1) * pageSize, take: pageSize });
