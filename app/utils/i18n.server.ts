import { readFileSync } from "node:fs";
import path from "node:path";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { env } from "./env.server.ts";
import { defaultLocale, i18nOptions, isLocale, locales, namespaces, type Locale, type Namespace } from "./i18n.ts";

type Resources = Record<string, Record<string, Record<string, unknown>>>;

// All UI strings are read once at start-up: the textbook setup re-read JSON
// files and built a new i18next instance on every request (~20 % of CPU).
function loadResources(): Resources {
  const dir = path.join(process.cwd(), "public", "locales");
  const resources: Resources = {};
  for (const lng of locales) {
    resources[lng] = {};
    for (const ns of namespaces) {
      resources[lng][ns] = JSON.parse(readFileSync(path.join(dir, lng, `${ns}.json`), "utf8"));
    }
  }
  return resources;
}

let instances: Map<Locale, I18n> | undefined;

/**
 * One initialised i18next instance per locale, shared by all requests. They
 * are never switched to another language, so sharing them is safe.
 */
export function i18nFor(locale: Locale): I18n {
  if (!instances) {
    const resources = loadResources();
    instances = new Map();
    for (const lng of locales) {
      const instance = i18next.createInstance();
      void instance.use(initReactI18next).init({
        ...i18nOptions,
        lng,
        ns: [...namespaces],
        resources: { [lng]: resources[lng], ...(lng === defaultLocale ? {} : { en: resources.en }) },
        initImmediate: false,
      });
      instances.set(lng, instance);
    }
  }
  return instances.get(locale)!;
}

/** A translation function bound to a locale and namespace, for loaders, actions and emails. */
export function getFixedT(locale: Locale, ns: Namespace | Namespace[] = "common"): TFunction {
  return i18nFor(locale).getFixedT(locale, ns);
}

/** The locale for a request that has none in its path: cookie, then Accept-Language, then English. */
export async function negotiateLocale(request: Request): Promise<Locale> {
  const remembered = rememberedLocale(request.headers.get("Cookie"));
  if (isLocale(remembered)) return remembered;
  const header = request.headers.get("Accept-Language");
  if (!header) return defaultLocale;
  // negotiator orders the header by quality; intl-localematcher maps "de-AT" to "de" (best fit).
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages();
  try {
    const matched = match(requested, [...locales], defaultLocale);
    return isLocale(matched) ? matched : defaultLocale;
  } catch {
    return defaultLocale; // a malformed language tag in the header
  }
}

/** The locale named by the first path segment, if it is one of ours. */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : undefined;
}

/** The locale of a request: its path prefix, else negotiation. */
export async function requestLocale(request: Request): Promise<Locale> {
  return localeFromPath(new URL(request.url).pathname) ?? (await negotiateLocale(request));
}

/**
 * A Set-Cookie value remembering the path's locale, or undefined when the
 * path has none or the cookie already says so (kept cheap: no async parsing).
 */
export function localeCookieHeader(pathname: string, cookieHeader: string | null | undefined): string | undefined {
  const locale = localeFromPath(pathname);
  if (!locale) return undefined;
  if (rememberedLocale(cookieHeader) === locale) return undefined;
  return `lng=${encodeURIComponent(btoa(JSON.stringify(locale)))}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`;
}

/** The locale in the `lng` cookie, if any (kept cheap: no async cookie parsing). */
function rememberedLocale(cookieHeader: string | null | undefined): string | undefined {
  const raw = /(?:^|;\s*)lng=([^;]*)/.exec(cookieHeader ?? "")?.[1];
  return raw ? decodeLocaleCookie(raw) : undefined;
}

// The value is JSON, base64-encoded, as Remix's createCookie writes it.
function decodeLocaleCookie(raw: string): string | undefined {
  try {
    return JSON.parse(atob(decodeURIComponent(raw)));
  } catch {
    return undefined;
  }
}

/** The `$lang` route param as a Locale; 404 for anything else (actions run without the layout's check). */
export function routeLocale(params: { lang?: string }): Locale {
  if (!isLocale(params.lang)) throw new Response(null, { status: 404 });
  return params.lang;
}

/** The origin used in links we send by email. */
export function publicOrigin(request: Request): string {
  return env().APP_URL ?? new URL(request.url).origin;
}
