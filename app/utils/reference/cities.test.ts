import { describe, expect, test } from "vitest";
import { cityAliases, cityCount, findCity, suggestCities } from "./cities.server.ts";
import { countries } from "./vocabulary.ts";

describe("findCity", () => {
  test("finds a city by its exact name", () => {
    expect(findCity("DE", "Bremen")).toEqual({ name: "Bremen", country: "DE", lat: 53.0758, lng: 8.8072 });
  });

  test("matches an alias in any case", () => {
    const city = findCity("PL", "warszawa");
    expect(city?.name).toBe("Warsaw");
    expect(Math.abs((city?.lat ?? 0) - 52.2)).toBeLessThan(0.1);
    expect(Math.abs((city?.lng ?? 0) - 21.0)).toBeLessThan(0.1);
  });

  test("ignores case and diacritics", () => {
    expect(findCity("LT", "KLAIPEDA")?.name).toBe("Klaipėda");
    expect(findCity("SE", "Malmo")?.name).toBe("Malmö");
    expect(findCity("DK", "  kobenhavn ")?.name).toBe("Copenhagen");
    expect(findCity("PL", "Lodz")?.name).toBe("Łódź");
    expect(findCity("IS", "Reykjavik")?.name).toBe("Reykjavík");
  });

  test("keeps an exact spelling apart from its diacritic-free namesake", () => {
    expect(findCity("DE", "Münster")?.lat).toBeCloseTo(51.96, 1);
    expect(findCity("DE", "Munster")?.name).toBe("Munster");
    expect(findCity("DE", "Essen")?.lat).toBeCloseTo(51.46, 1);
  });

  test("returns null for an unknown city or the wrong country", () => {
    expect(findCity("DE", "Atlantis")).toBeNull();
    expect(findCity("DE", "")).toBeNull();
    expect(findCity("LV", "Tartu")).toBeNull();
    expect(findCity("FR", "Paris")).toBeNull();
  });

  test("every alias names a city in the data", () => {
    for (const [country, aliases] of Object.entries(cityAliases)) {
      for (const [alias, target] of Object.entries(aliases)) {
        expect(findCity(country, target)?.name, `${country} ${target}`).toBe(target);
        expect(findCity(country, alias)?.name, `${country} ${alias}`).toBe(target);
      }
    }
  });
});

describe("suggestCities", () => {
  test("offers cities starting with the query", () => {
    expect(suggestCities("EE", "Tar")).toContain("Tartu");
  });

  test("puts prefix matches before inner matches and respects the limit", () => {
    const names = suggestCities("DE", "berg", 50);
    expect(names.length).toBeLessThanOrEqual(50);
    const firstInner = names.findIndex((n) => !n.toLowerCase().startsWith("berg"));
    expect(firstInner).toBeGreaterThan(0);
    expect(names.slice(firstInner).every((n) => !n.toLowerCase().startsWith("berg"))).toBe(true);
    expect(suggestCities("DE", "a", 3)).toHaveLength(3);
  });

  test("includes the city of a matching alias", () => {
    expect(suggestCities("PL", "Warsz")).toContain("Warsaw");
  });

  test("returns nothing for an empty query or an unknown country", () => {
    expect(suggestCities("EE", "  ")).toEqual([]);
    expect(suggestCities("FR", "Par")).toEqual([]);
  });
});

describe("cityCount", () => {
  test("counts the cities of each country and of all together", () => {
    const perCountry = countries.map((c) => cityCount(c));
    expect(perCountry.every((n) => n > 0)).toBe(true);
    expect(cityCount()).toBe(perCountry.reduce((a, b) => a + b, 0));
    expect(cityCount("FR")).toBe(0);
  });
});
