import { type LoaderFunctionArgs } from "@remix-run/node";
import { publicCategoryFeed } from "#app/modules/forum/feed.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { routeParam } from "#app/utils/params.server.ts";

// An Atom feed of a public category's newest topics (their opening posts). Members-only categories have none.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const body = await publicCategoryFeed(routeParam(params, "category"), locale, publicOrigin(request));
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
