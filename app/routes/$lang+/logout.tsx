import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getSession } from "#app/utils/auth.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { clearSessionCookie, invalidateSession } from "#app/utils/session.server.ts";

// Signing out is a POST (a GET must never change state); a GET just goes home.
export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/${routeLocale(params)}`);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const session = await getSession(request, context);
  if (session) await invalidateSession(session.id);
  return redirect(`/${locale}`, { headers: { "Set-Cookie": clearSessionCookie(request) } });
}
