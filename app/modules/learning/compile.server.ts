import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import {
  LessonFrontmatterSchema,
  ModuleMetaSchema,
  ModuleTextSchema,
  contentLocales,
  describeZodError,
  lessonFileName,
  slugSchema,
  type Catalogue,
  type CatalogueModule,
  type LessonVersion,
} from "./content.schema.ts";

// Compiles content/modules into a catalogue: metadata plus mdx-bundler output
// per lesson and locale. Runs at build (scripts/build-content.ts) and, in
// development, at start; never on a request. A cold compile costs ~150 ms,
// so results are cached on disk by content hash.

export class ContentError extends Error {}

export const COMPONENTS = ["Quiz", "Checklist", "Reflection", "CaseStudy", "Download"];

async function compileMdx(source: string, file: string, cacheDir: string | undefined) {
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const cached = cacheDir ? path.join(cacheDir, `${hash}.json`) : undefined;
  if (cached && existsSync(cached))
    return { hash, ...(JSON.parse(readFileSync(cached, "utf8")) as { code: string; frontmatter: unknown }) };
  const { bundleMDX } = await import("mdx-bundler");
  // The components come from the app at render time (getMDXComponent's scope); the
  // body may only use them, so an unknown tag fails here, at build.
  const result = await bundleMDX({ source, cwd: path.dirname(file) }).catch((e: Error) => {
    throw new ContentError(`${file}: MDX does not compile: ${e.message}`);
  });
  const unknown = componentTags(source)
    .map((t) => t.name)
    .filter((c) => !COMPONENTS.includes(c));
  if (unknown.length)
    throw new ContentError(
      `${file}: unknown component(s) ${[...new Set(unknown)].join(", ")}; use ${COMPONENTS.join(", ")}`,
    );
  const out = { code: result.code, frontmatter: result.frontmatter };
  if (cached) {
    mkdirSync(cacheDir!, { recursive: true });
    writeFileSync(cached, JSON.stringify(out));
  }
  return { hash, ...out };
}

/** JSX tags in an MDX source (outside code fences), with their `id` attribute. */
export function componentTags(source: string): { name: string; id?: string }[] {
  const body = source.replace(/^---[\s\S]*?\n---/, "").replace(/```[\s\S]*?```/g, "");
  return [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)].map((m) => ({
    name: m[1],
    id: /\bid="([^"]+)"/.exec(m[2])?.[1],
  }));
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ContentError(`${file}: invalid YAML: ${(e as Error).message}`);
  }
}

/** Reads, validates and compiles every module. Throws ContentError listing every problem found. */
export async function compileCatalogue(
  root = path.join(process.cwd(), "content", "modules"),
  cacheDir?: string,
): Promise<Catalogue> {
  const problems: string[] = [];
  const modules: CatalogueModule[] = [];
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  for (const moduleSlug of dirs) {
    const dir = path.join(root, moduleSlug);
    const rel = (f: string) => path.relative(process.cwd(), path.join(dir, f));
    if (!slugSchema.safeParse(moduleSlug).success) problems.push(`${rel("")}: folder name must be a slug`);
    const metaFile = path.join(dir, "module.yaml");
    const meta = ModuleMetaSchema.safeParse(existsSync(metaFile) ? readYaml(metaFile) : undefined);
    if (!meta.success) {
      problems.push(
        existsSync(metaFile) ? describeZodError(rel("module.yaml"), meta.error) : `${rel("module.yaml")}: missing`,
      );
      continue;
    }
    const mod: CatalogueModule = { ...meta.data, slug: moduleSlug, texts: {}, lessons: [] };
    for (const locale of contentLocales) {
      const file = path.join(dir, `module.${locale}.yaml`);
      if (!existsSync(file)) continue;
      const texts = ModuleTextSchema.safeParse(readYaml(file));
      if (texts.success) mod.texts[locale] = texts.data;
      else problems.push(describeZodError(rel(`module.${locale}.yaml`), texts.error));
    }
    if (!mod.texts.en) problems.push(`${rel("module.en.yaml")}: missing (English is the fallback)`);
    const lessons = new Map<string, { number: number; versions: Record<string, LessonVersion> }>();
    for (const locale of contentLocales) {
      const localeDir = path.join(dir, locale);
      if (!existsSync(localeDir)) continue;
      for (const name of readdirSync(localeDir).sort()) {
        const m = lessonFileName.exec(name);
        if (!m) {
          problems.push(`${rel(`${locale}/${name}`)}: name must be NN-lesson-slug.mdx`);
          continue;
        }
        const file = path.join(localeDir, name);
        try {
          const source = readFileSync(file, "utf8");
          const compiled = await compileMdx(source, file, cacheDir);
          const fm = LessonFrontmatterSchema.safeParse(compiled.frontmatter);
          if (!fm.success) {
            problems.push(describeZodError(rel(`${locale}/${name}`), fm.error));
            continue;
          }
          const tagsUsed = componentTags(source);
          const referenced = (c: string) => tagsUsed.filter((t) => t.name === c).map((t) => t.id ?? "(no id)");
          for (const [kind, map] of [
            ["Quiz", fm.data.quizzes],
            ["Checklist", fm.data.checklists],
            ["Reflection", fm.data.reflections],
          ] as const) {
            for (const ref of referenced(kind))
              if (!(ref in map))
                problems.push(`${rel(`${locale}/${name}`)}: <${kind} id="${ref}"> has no entry in the frontmatter`);
          }
          const lesson = lessons.get(m[2]) ?? { number: Number(m[1]), versions: {} };
          lesson.versions[locale] = {
            ...fm.data,
            code: compiled.code,
            hash: compiled.hash,
            file: rel(`${locale}/${name}`),
          };
          lessons.set(m[2], lesson);
        } catch (e) {
          problems.push(e instanceof ContentError ? e.message : `${rel(`${locale}/${name}`)}: ${(e as Error).message}`);
        }
      }
    }
    for (const [lessonSlug, lesson] of lessons) {
      if (!lesson.versions.en)
        problems.push(`${rel(`en/`)}: lesson ${lessonSlug} exists in other locales but not in English`);
      const ids = (v: LessonVersion) =>
        JSON.stringify([
          Object.keys(v.quizzes).sort(),
          v.quizzes && Object.values(v.quizzes).map((q) => q.options.map((o) => o.correct)),
          Object.keys(v.checklists).sort(),
          Object.keys(v.reflections).sort(),
        ]);
      for (const v of Object.values(lesson.versions)) {
        if (lesson.versions.en && ids(v) !== ids(lesson.versions.en))
          problems.push(`${v.file}: quiz/checklist/reflection ids or correct answers differ from the English version`);
      }
      mod.lessons.push({ slug: lessonSlug, number: lesson.number, versions: lesson.versions });
    }
    mod.lessons.sort((a, b) => a.number - b.number);
    if (mod.lessons.length === 0) problems.push(`${rel("")}: no lessons`);
    modules.push(mod);
  }
  if (problems.length) throw new ContentError(problems.join("\n"));
  modules.sort((a, b) => a.order - b.order);
  return { builtAt: new Date().toISOString(), modules };
}
