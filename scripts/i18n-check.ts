// Fails when a locale lacks a key of `en`, has a key `en` does not have, or a
// plural key lacks a form its language needs (Intl.PluralRules decides).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { locales, namespaces } from "../app/utils/i18n.ts";

type Tree = { [key: string]: string | Tree };
const dir = path.join(import.meta.dirname, "..", "public", "locales");
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Keys with plural suffixes grouped by their base; other keys stand for themselves. */
function bases(keys: Iterable<string>) {
  const plural = new Map<string, Set<string>>();
  const plain = new Set<string>();
  for (const k of keys) {
    const m = PLURAL.exec(k);
    if (m) {
      const base = k.slice(0, -m[0].length);
      if (!plural.has(base)) plural.set(base, new Set());
      plural.get(base)!.add(m[1]);
    } else plain.add(k);
  }
  return { plural, plain };
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort().join(",");

export function checkLocales(): string[] {
  const problems: string[] = [];
  for (const ns of namespaces) {
    const en = flatten(JSON.parse(readFileSync(path.join(dir, "en", `${ns}.json`), "utf8")));
    const enBases = bases(en.keys());
    for (const lng of locales) {
      if (lng === "en") continue;
      let tree: Tree;
      try {
        tree = JSON.parse(readFileSync(path.join(dir, lng, `${ns}.json`), "utf8"));
      } catch (e) {
        problems.push(`${lng}/${ns}.json: ${(e as Error).message}`);
        continue;
      }
      const flat = flatten(tree);
      const b = bases(flat.keys());
      const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const k of enBases.plain) {
        if (!b.plain.has(k)) problems.push(`${lng}/${ns}: missing key ${k}`);
        else if (placeholders(flat.get(k)!) !== placeholders(en.get(k)!)) problems.push(`${lng}/${ns}: ${k} has placeholders ${placeholders(flat.get(k)!)} instead of ${placeholders(en.get(k)!)}`);
      }
      for (const k of b.plain) if (!enBases.plain.has(k)) problems.push(`${lng}/${ns}: stale key ${k}`);
      for (const [base] of enBases.plural) {
        const forms = b.plural.get(base);
        if (!forms) {
          problems.push(`${lng}/${ns}: missing plural key ${base}`);
          continue;
        }
        for (const f of needed) if (!forms.has(f)) problems.push(`${lng}/${ns}: ${base} lacks the "${f}" form`);
        for (const f of forms) if (!needed.includes(f as Intl.LDMLPluralRule)) problems.push(`${lng}/${ns}: ${base}_${f} is not a plural form of ${lng}`);
      }
      for (const [base] of b.plural) if (!enBases.plural.has(base)) problems.push(`${lng}/${ns}: stale plural key ${base}`);
    }
    // en itself must carry every form English needs.
    for (const [base, forms] of enBases.plural) {
      for (const f of new Intl.PluralRules("en").resolvedOptions().pluralCategories) if (!forms.has(f)) problems.push(`en/${ns}: ${base} lacks "${f}"`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkLocales();
  const dirs = readdirSync(dir).filter((d) => !(locales as readonly string[]).includes(d));
  for (const d of dirs) problems.push(`unexpected locale folder ${d}`);
  if (problems.length) {
    console.error(problems.join("\n"));
    console.error(`\ni18n:check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`i18n:check: ${locales.length} locales × ${namespaces.length} namespaces complete`);
}
