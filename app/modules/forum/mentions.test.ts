import { beforeAll, expect, test } from "vitest";
import { createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { action as newTopicAction } from "#app/routes/$lang+/forum+/new.tsx";
import { db } from "#app/utils/db.server.ts";
import { MAX_MENTIONS } from "./mentions.ts";

let author: { id: string };
let categoryId: string;
beforeAll(async () => {
  author = await createUser({ name: "Mention Author" });
  for (let i = 1; i <= 25; i++) await createUser({ email: `person${i}@example.test`, name: `Person ${i}` });
  categoryId = (await db.forumCategory.create({ data: { slug: "general", order: 1, visibility: "PUBLIC", text: { en: { name: "General", description: "" } } } })).id;
});

const post = (handles: number) =>
  callRoute(newTopicAction, {
    userId: author.id,
    path: "/en/forum/new",
    params: { lang: "en" },
    form: { intent: "create", categoryId, title: `Calling ${handles} people`, language: "en", body: `Hello ${Array.from({ length: handles }, (_, i) => `@person${i + 1}`).join(" ")}` },
  });

test("a post with more mentions than are notified is refused with a message beside the body, not cut silently", async () => {
  const r = await post(25);
  expect(r.status).toBe(400);
  const errors = (r.data as { result: { error: Record<string, string[]> } }).result.error;
  expect(errors.body).toEqual([`validation:tooManyMentions|count=${MAX_MENTIONS}`]);
  expect(await db.forumTopic.count({ where: { title: "Calling 25 people" } })).toBe(0);
});

test("up to the cap, everyone mentioned is notified", async () => {
  expect((await post(MAX_MENTIONS)).status).toBe(302);
  const notified = await db.notification.findMany({ where: { user: { email: { startsWith: "person" } } }, select: { userId: true } });
  expect(new Set(notified.map((n) => n.userId)).size).toBe(MAX_MENTIONS);
});
