/** Date and time in the reader's locale (Intl): "25. Nov. 2026, 21:40" in German. */
export function formatDateTime(value: Date | string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(value));
}

export function formatDate(value: Date | string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}

/** A short, human description of a browser from its User-Agent header. */
export function describeUserAgent(ua: string | null | undefined): string {
  if (!ua) return "—";
  const browser = /Firefox\/\d+/.exec(ua)?.[0] ?? /Edg\/\d+/.exec(ua)?.[0] ?? /Chrom(e|ium)\/\d+/.exec(ua)?.[0] ?? /Safari\/\d+/.exec(ua)?.[0] ?? ua.split(" ")[0];
  const os = /Windows|Mac OS X|Android|iPhone|iPad|Linux/.exec(ua)?.[0];
  return os ? `${browser.replace("/", " ")} · ${os}` : browser.replace("/", " ");
}
