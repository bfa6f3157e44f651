import { describe, expect, test } from "vitest";
import { slugify } from "./slug.ts";

describe("slugify", () => {
  test("names in the region's languages become readable ASCII slugs", () => {
    expect(slugify("Užupio Kūrybinių Industrijų Centras")).toBe("uzupio-kurybiniu-industriju-centras");
    expect(slugify("Stocznia Kreatywna Gdańsk – Łódź")).toBe("stocznia-kreatywna-gdansk-lodz");
    expect(slugify("Grünerløkka Straße")).toBe("grunerlokka-strasse");
    expect(slugify("!!!")).toBe("organisation");
  });
});
