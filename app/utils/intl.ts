// Intl objects are costly to build (tens of microseconds each) and immutable: one per locale and kind.
const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();
const lists = new Map<string, Intl.ListFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** "EE" → "Estonia" / "Estland" / "Igaunija"… */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}

export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
  return names.of(code) ?? code;
}

/** "A, B and C" in the locale's own words. */
export function formatList(items: string[], locale: string): string {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(locale, { type: "conjunction" })));
  return list.format(items);
}

export function formatNumber(n: number, locale: string): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

const collators = new Map<string, Intl.Collator>();

/** A cached collator: `localeCompare(b, locale)` builds a new one on every call (tens of µs). */
export function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}
