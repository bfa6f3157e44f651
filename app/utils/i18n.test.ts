import { describe, expect, test } from "vitest";
import { isLocale, locales, pathInLocale } from "./i18n.ts";
import { localeCookieHeader, localeFromPath, negotiateLocale } from "./i18n.server.ts";

describe("locale paths", () => {
  test("pathInLocale swaps or adds the prefix", () => {
    expect(pathInLocale("/de/account", "lt")).toBe("/lt/account");
    expect(pathInLocale("/de", "pl")).toBe("/pl");
    expect(pathInLocale("/", "fi")).toBe("/fi");
    expect(pathInLocale("/xx/page", "sv")).toBe("/sv/xx/page");
  });

  test("only the nine locales count", () => {
    expect(locales).toEqual(["en", "de", "da", "sv", "fi", "et", "lv", "lt", "pl"]);
    expect(isLocale("lv")).toBe(true);
    expect(isLocale("nb")).toBe(false);
    expect(localeFromPath("/et/login")).toBe("et");
    expect(localeFromPath("/favicon.ico")).toBeUndefined();
  });
});

describe("negotiation", () => {
  const req = (headers: Record<string, string>) => new Request("http://x/", { headers });
  test("cookie first, then Accept-Language, then English", async () => {
    expect(
      await negotiateLocale(req({ Cookie: `lng=${encodeURIComponent(btoa('"lv"'))}`, "Accept-Language": "de" })),
    ).toBe("lv");
    expect(await negotiateLocale(req({ "Accept-Language": "fr-FR, pl;q=0.8, en;q=0.5" }))).toBe("pl");
    expect(await negotiateLocale(req({ "Accept-Language": "da-DK" }))).toBe("da");
    expect(await negotiateLocale(req({ "Accept-Language": "ja" }))).toBe("en");
    expect(await negotiateLocale(req({}))).toBe("en");
  });

  test("the locale cookie is set only when the path's locale differs from it", () => {
    const set = localeCookieHeader("/lt/login", null);
    expect(set).toMatch(/^lng=.+; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    const value = set!.split(";")[0].slice(4);
    expect(localeCookieHeader("/lt/login", `a=1; lng=${value}`)).toBeUndefined();
    expect(localeCookieHeader("/healthz", "")).toBeUndefined();
  });
});
