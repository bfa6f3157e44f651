import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "#app/utils/db.server.ts";
import { importOrganisationsCsv } from "./directory-import.server.ts";
import { DirectoryQuerySchema, LOGO_MAX_BYTES, ProfileSchema, logoTypes } from "./directory.schema.ts";
import {
  getLogo,
  pickDescription,
  prefixQuery,
  removeLogo,
  saveLogo,
  searchDirectory,
  updateProfile,
} from "./directory.server.ts";

const q = (params: Record<string, string>) => DirectoryQuerySchema.parse(params);

const header =
  "name,type,country,city,sectors,languages,offers,seeks,offer_text,seek_text,description_en,description_et,open_for_visits";

beforeAll(async () => {
  const csv = [
    header,
    // The word "design" in the name should outrank the same word further down a description.
    `Tallinn Design Loft,HUB,EE,Tallinn,design;crafts,et;en,studyVisits;workspace,coProduction,Studio space for visiting designers.,Partners for a design week.,A hub for designers and makers in Tallinn.,Disainerite ja meistrite keskus Tallinnas.,yes`,
    `Põhja Kunstikoda,CULTURAL_INSTITUTE,EE,Tartu,art;design,et,studyVisits,exportAdvice,Guided studio tours.,Export advice.,An institute that also runs design talks.,,no`,
    `Pärnu Sound Works,COMPANY,EE,Pärnu,music,et;en,showcase,marketAccess,Showcase evenings.,Festival partners.,A music company by the sea.,,yes`,
    `Rīgas Dizaina Platforma,CLUSTER,LV,Riga,design,lv;en,studyVisits;matchmaking,fundingPartner,Matchmaking with industry.,Funding partners.,A cluster for design firms in Riga.,,yes`,
    `Gdańsk Game Harbour,CLUSTER,PL,Gdańsk,software,pl;en,training,coProduction,Game jams.,Co-production.,Game studios by the shipyard.,,no`,
  ].join("\n");
  const report = await importOrganisationsCsv(csv);
  expect(report).toMatchObject({ ok: true, imported: 5 });
});

describe("directory search", () => {
  test("user input becomes a safe prefix query", () => {
    expect(prefixQuery("Kreativ  netz!")).toBe("'kreativ':* & 'netz':*");
    expect(prefixQuery("'); drop table --")).toBe("'drop':* & 'table':*");
    expect(prefixQuery("   ")).toBeNull();
    expect(prefixQuery("Kūrybinių")).toBe("'kūrybinių':*");
  });

  test("ranking: a match in the name outranks one in a description; prefixes match", async () => {
    const r = await searchDirectory(q({ q: "design" }), "en");
    expect(r.sort).toBe("relevance");
    expect(r.hits[0]?.name).toBe("Tallinn Design Loft");
    expect(r.hits.map((h) => h.name)).toContain("Põhja Kunstikoda");
    expect(r.hits.map((h) => h.name)).not.toContain("Pärnu Sound Works");
    const prefix = await searchDirectory(q({ q: "desig tallin" }), "en");
    expect(prefix.hits.map((h) => h.name)).toEqual(["Tallinn Design Loft"]);
  });

  test("two facets narrow the list; each facet is counted without its own filter", async () => {
    const r = await searchDirectory(q({ country: "EE", sector: "design" }), "en");
    expect(r.hits.map((h) => h.name).sort()).toEqual(["Põhja Kunstikoda", "Tallinn Design Loft"]);
    expect(r.total).toBe(2);
    // Countries are counted for design organisations in any country, so EE can be switched for LV.
    expect(r.facets.country).toEqual(
      expect.arrayContaining([
        { value: "EE", count: 2 },
        { value: "LV", count: 1 },
      ]),
    );
    // Sectors are counted for Estonian organisations in any sector.
    expect(r.facets.sector).toEqual(
      expect.arrayContaining([
        { value: "music", count: 1 },
        { value: "design", count: 2 },
      ]),
    );
    // What the filter form sends with JavaScript: every field, empty ones included.
    const form = await searchDirectory(
      q({
        q: "",
        country: "EE",
        city: "",
        type: "",
        sector: "design",
        language: "",
        offers: "",
        seeks: "",
        sort: "name",
      }),
      "en",
    );
    expect(form.total).toBe(2);
    const visits = await searchDirectory(q({ country: "EE", offers: "studyVisits", visits: "1" }), "en");
    expect(visits.hits.map((h) => h.name)).toEqual(["Tallinn Design Loft"]);
  });

  test("descriptions come in the reader's language, else English", async () => {
    const et = await searchDirectory(q({ q: "Tallinn Design" }), "et");
    expect(et.hits[0]).toMatchObject({
      description: "Disainerite ja meistrite keskus Tallinnas.",
      descriptionLocale: "et",
    });
    const lt = await searchDirectory(q({ q: "Tallinn Design" }), "lt");
    expect(lt.hits[0]).toMatchObject({
      description: "A hub for designers and makers in Tallinn.",
      descriptionLocale: "en",
    });
    expect(pickDescription({ pl: "Opis" }, "de")).toEqual({ text: "Opis", locale: "pl" });
    expect(pickDescription({}, "de")).toBeNull();
  });

  test("bad parameters fall back instead of failing; pages past the end are empty", async () => {
    const r = await searchDirectory(q({ country: "XX", type: "NOPE", page: "-3", sort: "evil" }), "en");
    expect(r.total).toBe(5);
    const past = await searchDirectory(q({ page: "99" }), "en");
    expect(past.hits).toEqual([]);
    expect(past.total).toBe(5);
  });

  test("a profile edit is found by its new words at once (the trigger keeps the index current)", async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "gdansk-game-harbour" } });
    const input = ProfileSchema.parse({
      name: org.name,
      type: "CLUSTER",
      country: "PL",
      city: "gdansk",
      sectors: ["software"],
      description_en: "Shipyard cranes and pixel art.",
    });
    expect(await updateProfile(org.id, input)).toEqual({ ok: true });
    const r = await searchDirectory(q({ q: "cranes" }), "en");
    expect(r.hits.map((h) => h.name)).toEqual(["Gdańsk Game Harbour"]);
    const saved = await db.organisation.findUniqueOrThrow({ where: { id: org.id } });
    expect(saved.city).toBe("Gdańsk");
    expect(saved.latitude).toBeCloseTo(54.35, 1);
    const unknown = await updateProfile(org.id, { ...input, city: "Atlantis" });
    expect(unknown).toMatchObject({ ok: false, field: "city" });
  });
});

describe("organisation CSV import", () => {
  test("errors are reported per line and nothing is imported", async () => {
    const before = await db.organisation.count();
    const csv = [
      header,
      `Fine New Hub,HUB,FI,Turku,design,fi,,,,,A fine hub.,,`,
      `Bad Country Org,HUB,XX,Turku,,,,,,,,,`,
      `Unknown City Org,HUB,FI,Atlantis,,,,,,,,,`,
      `Fine New Hub,HUB,FI,Turku,,,,,,,,,`,
      `Tallinn Design Loft,HUB,EE,Tallinn,,,,,,,,,`,
      `Bad Sector Org,HUB,SE,Malmö,jazz,,,,,,,,`,
    ].join("\n");
    const report = await importOrganisationsCsv(csv);
    expect(report.ok).toBe(false);
    expect(report.imported).toBe(0);
    expect(report.errors.map((e) => `${e.row}:${e.field}:${e.message}`)).toEqual([
      "3:country:validation:choose",
      "4:city:validation:unknownCity",
      "5:name:validation:duplicateInFile|line=2",
      "6:name:validation:duplicateInDirectory",
      "7:sectors:validation:choose",
    ]);
    expect(await db.organisation.count()).toBe(before);
  });

  test("a dry run validates without writing", async () => {
    const before = await db.organisation.count();
    const report = await importOrganisationsCsv(`${header}\nDry Run Hub,HUB,SE,Göteborg,design,sv,,,,,,,\n`, {
      dryRun: true,
    });
    expect(report).toMatchObject({ ok: true, rows: 1, imported: 0, dryRun: true });
    expect(await db.organisation.count()).toBe(before);
  });

  test("profile validation rejects what would break pages", () => {
    const bad = ProfileSchema.safeParse({
      name: "X",
      type: "HUB",
      country: "EE",
      city: "Tartu",
      website: "javascript:alert(1)",
      foundedYear: "1500",
      contactEmail: "nope",
    });
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["contactEmail", "foundedYear", "name", "website"]);
  });
});

describe("logos", () => {
  test("uploads are checked by type and size and re-encoded to a 256 px WebP", async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "tallinn-design-loft" } });
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#0b4f6c" } })
      .png()
      .toBuffer();
    const file = (bytes: Buffer | string, type: string) =>
      new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], "logo", { type });
    expect(
      await saveLogo(org.id, file("<svg onload=alert(1)></svg>", "image/svg+xml"), LOGO_MAX_BYTES, logoTypes),
    ).toEqual({ ok: false, error: "logoType" });
    expect(
      await saveLogo(org.id, file(Buffer.alloc(LOGO_MAX_BYTES + 1), "image/png"), LOGO_MAX_BYTES, logoTypes),
    ).toEqual({ ok: false, error: "logoSize" });
    expect(await saveLogo(org.id, file("not an image", "image/png"), LOGO_MAX_BYTES, logoTypes)).toEqual({
      ok: false,
      error: "logoUnreadable",
    });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).logoHash).toBeNull();

    expect(await saveLogo(org.id, file(png, "image/png"), LOGO_MAX_BYTES, logoTypes)).toEqual({ ok: true });
    const logo = await getLogo(org.slug);
    expect(logo?.mime).toBe("image/webp");
    const meta = await sharp(logo!.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 256, 256]);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: org.id } })).logoHash).toBe(logo!.hash);
    await removeLogo(org.id);
    expect(await getLogo(org.slug)).toBeNull();
  });
});
