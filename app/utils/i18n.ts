/** Locales the UI is written in, in the order the language switcher shows them. */
export const locales = ["en", "de", "da", "sv", "fi", "et", "lv", "lt", "pl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** UI namespaces; every route declares the ones it uses in `handle.i18n`. */
export const namespaces = [
  "common",
  "validation",
  "home",
  "accounts",
  "orgs",
  "admin",
  "emails",
  "learning",
  "directory",
  "contacts",
  "notifications",
  "forum",
] as const;
export type Namespace = (typeof namespaces)[number];

/** Each language's name in itself, as the switcher shows it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  da: "Dansk",
  sv: "Svenska",
  fi: "Suomi",
  et: "Eesti",
  lv: "Latviešu",
  lt: "Lietuvių",
  pl: "Polski",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Replaces (or adds) the locale prefix of a path: `/de/account` → `/lt/account`. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, (first) => (isLocale(first.slice(1)) ? "" : first));
  return `/${locale}${rest === "/" ? "" : rest}`;
}

/**
 * The `lang` attribute for text in `contentLocale` shown on a `pageLocale`
 * page: undefined when they agree, so only fallback text is marked (WCAG
 * 3.1.2: a screen reader then reads English with an English voice).
 */
export function langIfOther(contentLocale: string, pageLocale: string): string | undefined {
  return contentLocale === pageLocale ? undefined : contentLocale;
}

/** Shared i18next options for the server and the browser. */
export const i18nOptions = {
  supportedLngs: [...locales],
  fallbackLng: defaultLocale,
  defaultNS: "common",
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} as const;
