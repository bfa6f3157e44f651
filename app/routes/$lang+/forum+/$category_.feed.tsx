import { type LoaderFunctionArgs } from "@remix-run/node";
import { categoryFeed } from "#app/modules/forum/feed.server.ts";
import { getCategory } from "#app/modules/forum/forum.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { notFound } from "#app/utils/permissions.server.ts";

// An Atom feed of a public category's newest topics (their opening posts). Members-only categories have none.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const category = await getCategory(routeParam(params, "category"));
  if (!category || category.visibility !== "PUBLIC") throw notFound();
  const body = await categoryFeed(category, locale, publicOrigin(request));
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
