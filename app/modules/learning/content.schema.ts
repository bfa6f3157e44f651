import { z } from "zod";
import { locales } from "#app/utils/i18n.ts";

// The shape of content/modules: checked at build and at start; a broken file
// fails with its path and the field (content/README.md is the authors' guide).
export const levels = ["beginner", "intermediate", "advanced"] as const;
export const tags = [
  "networking",
  "events",
  "expeditions",
  "partners",
  "internationalisation",
  "funding",
  "industry",
  "evaluation",
  "communication",
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes");
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and dashes");
const text = z.string().trim().min(1);

export const ModuleMetaSchema = z.object({
  order: z.number().int().min(0),
  level: z.enum(levels),
  tags: z.array(z.enum(tags)).min(1),
  passMark: z.number().min(0).max(1),
});

export const ModuleTextSchema = z.object({
  title: text,
  summary: text,
  outcomes: z.array(text).min(1).max(8),
});

const QuizSchema = z
  .object({
    question: text,
    multiple: z.boolean().default(false),
    options: z
      .array(z.object({ text, correct: z.boolean().default(false), feedback: text }))
      .min(2)
      .max(6),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: "needs at least one correct option" });
    if (!q.multiple && correct !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: "a single-choice quiz needs exactly one correct option",
      });
  });

export const LessonFrontmatterSchema = z.object({
  title: text,
  summary: text,
  duration: z.number().int().min(1).max(240),
  quizzes: z.record(id, QuizSchema).default({}),
  checklists: z.record(id, z.object({ title: text, items: z.array(z.object({ id, text })).min(1) })).default({}),
  reflections: z.record(id, z.object({ prompt: text })).default({}),
});

export type ModuleMeta = z.infer<typeof ModuleMetaSchema>;
export type ModuleText = z.infer<typeof ModuleTextSchema>;
export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;
export type Quiz = z.infer<typeof QuizSchema>;

export const lessonFileName = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
export const contentLocales = locales;
export { slug as slugSchema };

export type LessonVersion = LessonFrontmatter & { code: string; hash: string; file: string };
export type CatalogueLesson = { slug: string; number: number; versions: Partial<Record<string, LessonVersion>> };
export type CatalogueModule = ModuleMeta & {
  slug: string;
  texts: Partial<Record<string, ModuleText>>;
  lessons: CatalogueLesson[];
};
export type Catalogue = { builtAt: string; modules: CatalogueModule[] };

/** "path: field: message" lines from a zod error, for authors. */
export function describeZodError(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join(".") || "(file)"}: ${i.message}`).join("\n");
}
