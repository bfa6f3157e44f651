import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { SiteFooter, SiteHeader } from "#app/components/layout.tsx";
import appStyles from "#app/styles/app.css?url";
import { getUser } from "#app/utils/auth.server.ts";
import { env } from "#app/utils/env.server.ts";
import { useFocusMainOnNavigation } from "#app/utils/focus-on-navigation.ts";
import { localeFromPath, negotiateLocale } from "#app/utils/i18n.server.ts";
import { locales, pathInLocale, type Locale } from "#app/utils/i18n.ts";
import { LangTitle } from "#app/utils/meta.ts";
import { useNonce } from "#app/utils/nonce.ts";
import { useRootData } from "#app/utils/root-data.ts";

// Pages without their own title (error pages) still get one; routes replace it with theirs.
export const meta: MetaFunction = () => [{ title: "Portolan" }];

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: appStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const locale = localeFromPath(url.pathname) ?? (await negotiateLocale(request));
  const user = await getUser(request, context);
  return data({
    locale,
    origin: env().APP_URL ?? url.origin,
    user: user ? { name: user.name, siteRole: user.siteRole, unread: user.unreadNotifications ?? 0 } : null,
  });
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>["data"];

export const handle = { i18n: ["common", "validation"] };

// The locale lives in the path; a client-side move from /de to /lt must
// reload root data or the page keeps German strings.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}) =>
  formMethod !== undefined && formMethod !== "GET"
    ? defaultShouldRevalidate
    : localeFromPathClient(currentUrl.pathname) !== localeFromPathClient(nextUrl.pathname) || defaultShouldRevalidate;

function localeFromPathClient(pathname: string) {
  return pathname.split("/")[1];
}

function HrefLangLinks({ origin }: { origin: string }) {
  const { pathname, search } = useLocation();
  return (
    <>
      {locales.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={`${origin}${pathInLocale(pathname, l)}${search}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${pathInLocale(pathname, "en")}${search}`} />
    </>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = rootData?.locale ?? "en";
  const { i18n } = useTranslation();
  const nonce = useNonce();
  useFocusMainOnNavigation();
  return (
    <html lang={locale} dir={i18n.dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <LangTitle />
        <Links />
        {rootData ? <HrefLangLinks origin={rootData.origin} /> : null}
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { locale, user } = useLoaderData<typeof loader>();
  useChangeLanguage(locale);
  return (
    <>
      <SiteHeader locale={locale} user={user} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

export function ErrorBoundary() {
  const rootData = useRootData();
  const locale = rootData?.locale ?? "en";
  return (
    <>
      <SiteHeader locale={locale} user={rootData?.user ?? null} />
      <main id="main" tabIndex={-1}>
        <GeneralErrorBoundary />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
