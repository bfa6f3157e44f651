import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { findModule, setCatalogue } from "#app/modules/learning/catalogue.server.ts";
import { compileCatalogue } from "#app/modules/learning/compile.server.ts";
import { answerQuiz, completeLesson, issueCertificate } from "#app/modules/learning/learning.server.ts";
import { action as certificateAction, loader as certificateLoader } from "#app/routes/$lang+/certificates.$id.tsx";
import { action as lessonAction, loader as lessonLoader } from "#app/routes/$lang+/learn+/$module_.$lesson.tsx";
import { loader as moduleLoader } from "#app/routes/$lang+/learn+/$module.tsx";
import { loader as progressLoader } from "#app/routes/$lang+/orgs+/$slug_.progress.tsx";

// Route-level tests of the learning pages (and the organisation progress page, which reports learning).

beforeAll(async () => {
  setCatalogue(await compileCatalogue(path.join(process.cwd(), "tests", "fixtures", "content", "modules")));
}, 60_000);

describe("lesson and module pages", () => {
  test("an unknown module or lesson is a 404, for visitors and for signed-in people", async () => {
    const user = await createUser();
    for (const userId of [null, user.id]) {
      expect(
        (await callRoute(moduleLoader, { userId, path: "/en/learn/nope", params: { lang: "en", module: "nope" } }))
          .status,
      ).toBe(404);
      const lesson = (module: string, lesson: string) =>
        callRoute(lessonLoader, {
          userId,
          path: `/en/learn/${module}/${lesson}`,
          params: { lang: "en", module, lesson },
        });
      expect((await lesson("nope", "first")).status).toBe(404);
      expect((await lesson("sample-module", "nope")).status).toBe(404);
      expect((await lesson("sample-module", "first")).status).toBe(200);
    }
  });

  test("lesson forms: a visitor is sent to sign in, a widget the lesson lacks is a 404, an empty quiz answer a 400", async () => {
    const user = await createUser();
    const post = (form: Record<string, string>, userId: string | null = user.id) =>
      callRoute(lessonAction, {
        userId,
        path: "/en/learn/sample-module/first",
        params: { lang: "en", module: "sample-module", lesson: "first" },
        form,
      });
    expect((await post({ intent: "complete" }, null)).status).toBe(302);
    expect((await post({ intent: "quiz", quizId: "not-here", option: "0" })).status).toBe(404);
    expect((await post({ intent: "reflection", promptId: "not-here", text: "x" })).status).toBe(404);
    const empty = await post({ intent: "quiz", quizId: "pick" });
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({ intent: "quiz", result: { error: { option: ["learning:quiz.chooseOne"] } } });
    expect(await post({ intent: "reflection", promptId: "think", text: "Notes" })).toMatchObject({
      status: 200,
      data: { intent: "reflection" },
    });
    expect(await post({ intent: "complete" })).toMatchObject({
      status: 302,
      location: "/en/learn/sample-module/first#complete",
    });
    expect((await post({ intent: "unknown" })).status).toBe(400);
  });
});

describe("certificate page", () => {
  test("anyone may verify a certificate; only its holder may revoke it (403 for others)", async () => {
    const holder = await createUser();
    const other = await createUser();
    const mod = findModule("sample-module")!;
    const version = mod.lessons[0].versions.en!;
    await answerQuiz({ userId: holder.id, mod, lessonSlug: "first", version, quizId: "pick", selected: [0] });
    await answerQuiz({ userId: holder.id, mod, lessonSlug: "first", version, quizId: "many", selected: [0, 1] });
    for (const lesson of mod.lessons) await completeLesson(holder.id, mod.slug, lesson.slug);
    const cert = (await issueCertificate(holder, mod.slug))!;
    const page = (userId: string | null) =>
      callRoute(certificateLoader, {
        userId,
        path: `/en/certificates/${cert.id}`,
        params: { lang: "en", id: cert.id },
      });
    expect(await page(null)).toMatchObject({ status: 200, data: { isHolder: false, revoked: null } });
    expect(await page(holder.id)).toMatchObject({ status: 200, data: { isHolder: true } });
    const revoke = (userId: string | null) =>
      callRoute(certificateAction, {
        userId,
        path: `/en/certificates/${cert.id}`,
        params: { lang: "en", id: cert.id },
        form: {},
      });
    expect((await revoke(null)).status).toBe(302);
    expect((await revoke(other.id)).status).toBe(403);
    expect(await revoke(holder.id)).toMatchObject({ status: 302, location: `/en/certificates/${cert.id}` });
    expect((await revoke(holder.id)).status).toBe(403); // already revoked
    expect((await page(null)).data).toMatchObject({ revoked: expect.any(String) });
    expect(
      (await callRoute(certificateLoader, { path: "/en/certificates/0000", params: { lang: "en", id: "0000" } }))
        .status,
    ).toBe(404);
  });
});

describe("organisation progress page permissions", () => {
  test("org admin and site admin see it; a member, another org's admin and a visitor do not", async () => {
    const admin = await createUser();
    const member = await createUser();
    const otherAdmin = await createUser();
    const siteAdmin = await createUser({ siteRole: "ADMIN" });
    const org = await createOrg(admin.id);
    await addMember(org.id, member.id);
    await createOrg(otherAdmin.id);
    const status = async (userId: string | null) =>
      (
        await callRoute(progressLoader, {
          userId,
          path: `/en/orgs/${org.slug}/progress`,
          params: { lang: "en", slug: org.slug },
        })
      ).status;
    expect(await status(admin.id)).toBe(200);
    expect(await status(siteAdmin.id)).toBe(200);
    expect(await status(member.id)).toBe(403);
    expect(await status(otherAdmin.id)).toBe(403);
    expect(await status(null)).toBe(302);
  });
});
