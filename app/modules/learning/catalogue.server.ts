import { existsSync, readFileSync, watch } from "node:fs";
import path from "node:path";
import { env, isProduction } from "#app/utils/env.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import {
  LessonFrontmatterSchema,
  ModuleMetaSchema,
  type Catalogue,
  type CatalogueLesson,
  type CatalogueModule,
  type LessonVersion,
  type ModuleText,
} from "./content.schema.ts";

export const CATALOGUE_FILE = path.join(process.cwd(), "build", "content", "catalogue.json");
const CACHE_DIR = path.join(process.cwd(), ".cache", "mdx");

let current: Catalogue | undefined;

/**
 * Loads the learning catalogue: in production the one `npm run build`
 * compiled (validated again here), in development compiled from content/
 * (unchanged lessons come from the hash cache, so only edits recompile).
 */
export async function loadCatalogue(): Promise<Catalogue> {
  if (isProduction()) {
    if (!existsSync(CATALOGUE_FILE)) throw new Error(`${CATALOGUE_FILE} is missing: run \`npm run build\``);
    const catalogue = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8")) as Catalogue;
    for (const m of catalogue.modules) {
      ModuleMetaSchema.parse(m);
      for (const l of m.lessons) for (const v of Object.values(l.versions)) LessonFrontmatterSchema.parse(v);
    }
    current = catalogue;
  } else {
    const { compileCatalogue } = await import("./compile.server.ts");
    current = await compileCatalogue(undefined, CACHE_DIR);
    watchInDevelopment();
  }
  return current;
}

let watching = false;
/** Development: an edited lesson recompiles once (the hash cache skips the rest); a broken one keeps the last good catalogue. */
function watchInDevelopment() {
  if (watching || env().NODE_ENV !== "development") return;
  watching = true;
  let timer: NodeJS.Timeout | undefined;
  watch(path.join(process.cwd(), "content"), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      loadCatalogue().then(
        () => console.log("learning content recompiled"),
        (e: Error) => console.error(`learning content not reloaded:\n${e.message}`),
      );
    }, 200);
  }).unref();
}

/** Installs a catalogue directly (tests). */
export function setCatalogue(catalogue: Catalogue) {
  current = catalogue;
}

export function getCatalogue(): Catalogue {
  if (!current) throw new Error("learning catalogue not loaded (startup() loads it)");
  return current;
}

export function findModule(slug: string): CatalogueModule | undefined {
  return getCatalogue().modules.find((m) => m.slug === slug);
}

/** A module's texts in `locale`, else English; `fallback` says which happened. */
export function moduleText(mod: CatalogueModule, locale: Locale): ModuleText & { locale: string; fallback: boolean } {
  const own = mod.texts[locale];
  return own ? { ...own, locale, fallback: false } : { ...mod.texts.en!, locale: "en", fallback: locale !== "en" };
}

/** A lesson in `locale`, else English, with the locales it exists in. */
export function lessonVersion(
  lesson: CatalogueLesson,
  locale: Locale,
): { version: LessonVersion; locale: string; fallback: boolean; available: string[] } {
  const available = Object.keys(lesson.versions);
  const own = lesson.versions[locale];
  if (own) return { version: own, locale, fallback: false, available };
  return { version: lesson.versions.en!, locale: "en", fallback: true, available };
}

/** Locales in which every lesson of the module exists. */
export function moduleLocales(mod: CatalogueModule): string[] {
  const sets = mod.lessons.map((l) => new Set(Object.keys(l.versions)));
  return Object.keys(mod.texts).filter((loc) => sets.every((s) => s.has(loc)));
}

export const totalDuration = (mod: CatalogueModule, locale: Locale) =>
  mod.lessons.reduce((sum, l) => sum + lessonVersion(l, locale).version.duration, 0);
