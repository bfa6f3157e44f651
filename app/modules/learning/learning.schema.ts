import { z } from "zod";
import { multiLineText } from "#app/utils/text-schema.ts";

const id = z.string().regex(/^[a-z0-9-]{1,60}$/);

// The lesson page's forms; each saves at once (with or without JavaScript) and is one intent of the lesson action.
export const QuizAnswerSchema = z.object({
  intent: z.literal("quiz"),
  quizId: id,
  option: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().min(0).max(20)).min(1, "learning:quiz.chooseOne").max(20),
  ),
});
export const ReflectionSchema = z.object({
  intent: z.literal("reflection"),
  promptId: id,
  text: multiLineText({ max: 5000 }).default(""),
});
export const ChecklistSchema = z.object({
  intent: z.literal("checklist"),
  checklistId: id,
  item: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(50)),
});

export const CatalogueQuerySchema = z.object({
  tag: z.string().max(40).catch(""),
  level: z.string().max(20).catch(""),
});
