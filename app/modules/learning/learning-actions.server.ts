import { parseWithZod } from "@conform-to/zod";
import { redirect } from "@remix-run/node";
import { assertCan, forbidden, notFound, type Viewer } from "#app/modules/access/access.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { reply, type IntentHandler } from "#app/utils/action.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { ChecklistSchema, QuizAnswerSchema, ReflectionSchema } from "./learning.schema.ts";
import type { findLesson } from "./learning-page.server.ts";
import {
  answerQuiz,
  completeLesson,
  getCertificate,
  revokeCertificate,
  saveReflection,
  setChecklist,
} from "./learning.server.ts";

/** What every intent of the lesson page gets: the lesson the URL names, the signed-in user and the page's locale. */
export type LessonActionContext = Omit<ReturnType<typeof findLesson>, "locale"> & { user: SessionUser; locale: Locale };

const lessonUrl = (c: LessonActionContext) => `/${c.locale}/learn/${c.mod.slug}/${c.lesson.slug}`;

/** The lesson page's forms, one function per intent (a widget the lesson does not have is a 404). */
export const lessonActions: Record<string, IntentHandler<LessonActionContext>> = {
  async complete(_form, c) {
    await completeLesson(c.user.id, c.mod.slug, c.lesson.slug);
    return redirect(`${lessonUrl(c)}#complete`);
  },
  async quiz(form, c) {
    const submission = parseWithZod(form, { schema: QuizAnswerSchema });
    if (submission.status !== "success") return reply(400, { intent: "quiz", result: submission.reply() });
    const { quizId, option } = submission.value;
    if (!(quizId in c.version.quizzes)) throw notFound();
    await answerQuiz({
      userId: c.user.id,
      mod: c.mod,
      lessonSlug: c.lesson.slug,
      version: c.version,
      quizId,
      selected: option,
    });
    return redirect(`${lessonUrl(c)}#quiz-${quizId}`);
  },
  async reflection(form, c) {
    const submission = parseWithZod(form, { schema: ReflectionSchema });
    if (submission.status !== "success") return reply(400, { intent: "reflection", result: submission.reply() });
    const { promptId, text } = submission.value;
    if (!(promptId in c.version.reflections)) throw notFound();
    await saveReflection(c.user.id, c.mod.slug, c.lesson.slug, promptId, text);
    return reply(200, { intent: "reflection" });
  },
  async checklist(form, c) {
    const submission = parseWithZod(form, { schema: ChecklistSchema });
    if (submission.status !== "success") return reply(400, { intent: "checklist", result: submission.reply() });
    const { checklistId, item } = submission.value;
    const list = c.version.checklists[checklistId];
    if (!list) throw notFound();
    await setChecklist(
      c.user.id,
      c.mod.slug,
      c.lesson.slug,
      checklistId,
      item,
      list.items.map((i) => i.id),
    );
    return reply(200, { intent: "checklist" });
  },
};

/** Revokes a certificate for its holder; anyone else (and a missing or already revoked certificate) gets 403. */
export async function revokeOwnCertificate(viewer: Viewer, id: string) {
  const cert = await getCertificate(id);
  if (!cert || cert.revokedAt) throw forbidden();
  assertCan(viewer, "certificate:revoke", cert);
  if (!(await revokeCertificate(cert.id, cert.userId))) throw forbidden();
}
