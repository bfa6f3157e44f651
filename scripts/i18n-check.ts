// Fails when a locale lacks a key of `en`, has a key `en` does not have, or a
// plural key lacks a form its language needs (Intl.PluralRules decides); and
// when the code uses a key that `en` (and so every locale) does not have.
import { readFileSync, readdirSync, statSync } from "node:fs";
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

const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)]
    .map((m) => m[1] ?? `<${m[2]}>`)
    .sort()
    .join(",");

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
        else if (placeholders(flat.get(k)!) !== placeholders(en.get(k)!))
          problems.push(
            `${lng}/${ns}: ${k} has placeholders ${placeholders(flat.get(k)!)} instead of ${placeholders(en.get(k)!)}`,
          );
      }
      for (const k of b.plain) if (!enBases.plain.has(k)) problems.push(`${lng}/${ns}: stale key ${k}`);
      for (const [base] of enBases.plural) {
        const forms = b.plural.get(base);
        if (!forms) {
          problems.push(`${lng}/${ns}: missing plural key ${base}`);
          continue;
        }
        for (const f of needed) if (!forms.has(f)) problems.push(`${lng}/${ns}: ${base} lacks the "${f}" form`);
        for (const f of forms)
          if (!needed.includes(f as Intl.LDMLPluralRule))
            problems.push(`${lng}/${ns}: ${base}_${f} is not a plural form of ${lng}`);
      }
      for (const [base] of b.plural)
        if (!enBases.plural.has(base)) problems.push(`${lng}/${ns}: stale plural key ${base}`);
    }
    // en itself must carry every form English needs.
    for (const [base, forms] of enBases.plural) {
      for (const f of new Intl.PluralRules("en").resolvedOptions().pluralCategories)
        if (!forms.has(f)) problems.push(`en/${ns}: ${base} lacks "${f}"`);
    }
  }
  return problems;
}

const root = path.join(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    // Tests may name missing keys on purpose.
    return SOURCE.test(name) && !name.endsWith(".d.ts") && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every key of `en` per namespace, plural suffixes stripped, with every object prefix ("nav.", "errors.404."). */
function enKeys(): Map<string, { keys: Set<string>; prefixes: Set<string> }> {
  const out = new Map<string, { keys: Set<string>; prefixes: Set<string> }>();
  for (const ns of namespaces) {
    const flat = flatten(JSON.parse(readFileSync(path.join(dir, "en", `${ns}.json`), "utf8")) as Tree);
    const keys = new Set([...flat.keys()].map((k) => k.replace(PLURAL, "")));
    const prefixes = new Set<string>();
    for (const k of keys) {
      const parts = k.split(".");
      for (let i = 1; i < parts.length; i++) prefixes.add(`${parts.slice(0, i).join(".")}.`);
    }
    out.set(ns, { keys, prefixes });
  }
  return out;
}

/**
 * Keys used in app/ and server/: `t("key")` and `i18nKey="key"` (looked up in the
 * namespaces the file names: useTranslation, getFixedT, handle.i18n, and
 * "common"), `"validation:key"` anywhere (zod messages), and `t(\`prefix.${…}\`)` whose
 * static prefix must be a group of keys.
 */
export function checkUsedKeys(
  files = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "server"))],
): string[] {
  const en = enKeys();
  const nsPattern = namespaces.join("|");
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const where = path.relative(root, file);
    const line = (index: number) => text.slice(0, index).split("\n").length;
    const scope = new Set<string>(["common"]);
    for (const m of text.matchAll(new RegExp(`["'](${nsPattern})["']`, "g"))) scope.add(m[1]);
    const known = (ns: string, key: string) => en.get(ns)?.keys.has(key) || en.get(ns)?.prefixes.has(`${key}.`);
    const check = (raw: string, index: number, dynamic = false) => {
      const explicit = new RegExp(`^(${nsPattern}):(.*)$`).exec(raw);
      const candidates = explicit ? [explicit[1]] : [...scope];
      const key = explicit ? explicit[2] : raw;
      const ok = dynamic
        ? candidates.some((ns) => key === "" || en.get(ns)?.prefixes.has(key))
        : candidates.some((ns) => known(ns, key));
      if (!ok)
        problems.push(
          `${where}:${line(index)}: ${dynamic ? "no keys under" : "unknown key"} "${raw}"${explicit ? "" : ` (namespaces ${candidates.join(", ")})`}`,
        );
    };
    for (const m of text.matchAll(/\bt\(\s*(["'])([^"'\n]+)\1/g)) check(m[2], m.index);
    for (const m of text.matchAll(/\bi18nKey=["']([^"']+)["']/g)) check(m[1], m.index);
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) check(m[1], m.index, true);
    // Zod messages; other "ns:word" strings (abilities such as "forum:read") are not keys.
    for (const m of text.matchAll(/["'`](validation:[A-Za-z][\w.]*)["'`]/g)) check(m[1], m.index);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [...checkLocales(), ...checkUsedKeys()];
  const dirs = readdirSync(dir).filter((d) => !(locales as readonly string[]).includes(d));
  for (const d of dirs) problems.push(`unexpected locale folder ${d}`);
  if (problems.length) {
    console.error(problems.join("\n"));
    console.error(`\ni18n:check: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`i18n:check: ${locales.length} locales × ${namespaces.length} namespaces complete`);
}
