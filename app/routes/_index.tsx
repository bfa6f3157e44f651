import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLocale } from "#app/utils/i18n.server.ts";

// "/" has no language: send the visitor to theirs (cookie, Accept-Language, English).
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await negotiateLocale(request);
  return redirect(`/${locale}`, { headers: { Vary: "Accept-Language, Cookie", "Cache-Control": "private, no-store" } });
}
