const dateTimes = new Map<string, Intl.DateTimeFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

/** Date and time in the reader's locale (Intl): "25.11.2026, 21:40" in German. Shown in UTC, and labelled so. */
export function formatDateTime(value: Date | string, locale: string) {
  let f = dateTimes.get(locale);
  if (!f)
    dateTimes.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "UTC",
        timeZoneName: "short",
      })),
    );
  return f.format(new Date(value));
}

/** A long date in the reader's locale: "25. November 2026", "2026 m. lapkričio 25 d.". */
export function formatDate(value: Date | string, locale: string) {
  let f = dates.get(locale);
  if (!f) dates.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })));
  return f.format(new Date(value));
}

/** A short, human description of a browser from its User-Agent header. */
export function describeUserAgent(ua: string | null | undefined): string {
  if (!ua) return "—";
  const browser =
    /Firefox\/\d+/.exec(ua)?.[0] ??
    /Edg\/\d+/.exec(ua)?.[0] ??
    /Chrom(e|ium)\/\d+/.exec(ua)?.[0] ??
    /Safari\/\d+/.exec(ua)?.[0] ??
    ua.split(" ")[0];
  const os = /Windows|Mac OS X|Android|iPhone|iPad|Linux/.exec(ua)?.[0];
  return os ? `${browser.replace("/", " ")} · ${os}` : browser.replace("/", " ");
}
