import { beforeAll, expect, test } from "vitest";
import { createOrg, createUser } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import { anonymousViewer } from "#app/modules/access/access.server.ts";
import { createTopic } from "./forum.server.ts";
import { markdownToText } from "./markdown.server.ts";
import { searchForum } from "./search.server.ts";

test("markdownToText keeps the words a reader sees and drops the Markdown around them", () => {
  expect(markdownToText("The call is **closed**, see [the module](/lv/learn/funding-basics) and `npm ci`.")).toBe(
    "The call is closed, see the module and npm ci.",
  );
  expect(markdownToText("# Title\n\n> quoted _text_\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |")).toBe(
    "Title quoted text one two a b c d",
  );
  expect(markdownToText("![a diagram](/x.png) Tom &amp; Jerry \\*not bold\\* <b>kept as typed</b>")).toBe(
    "a diagram Tom & Jerry *not bold* <b>kept as typed</b>",
  );
});

beforeAll(async () => {
  const author = await createUser({ name: "Snippet Author", email: "snippet.author@example.test" });
  await createOrg(author.id, "Snippet Hub");
  const category = await db.forumCategory.create({
    data: { slug: "funding", order: 1, visibility: "PUBLIC", text: { en: { name: "Funding", description: "Calls" } } },
  });
  await createTopic(
    { ...author, siteRole: "USER" as const },
    {
      categoryId: category.id,
      title: "Open calls this spring",
      language: "en",
      body: "The first call is **closed** now. Read [the funding module](/lv/learn/funding-basics) before the next one.",
    },
    "en",
    "http://portolan.test",
  );
});

test("search snippets are plain text: no ** and no link targets from the Markdown source", async () => {
  const result = await searchForum(anonymousViewer, "closed", { page: 1 });
  expect(result.total).toBe(1);
  const snippet = result.hits[0].snippet;
  expect(snippet).toContain("<mark>closed</mark>");
  expect(snippet).toContain("the funding module");
  expect(snippet).not.toContain("**");
  expect(snippet).not.toContain("](");
  expect(snippet).not.toContain("/lv/learn/");
});
