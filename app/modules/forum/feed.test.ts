import { beforeAll, expect, test } from "vitest";
// The XML reader the `feed` package itself depends on; strict (sax), so malformed XML throws.
import { xml2js, type Element } from "xml-js";
import { createUser } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import { publicCategoryFeed } from "./feed.server.ts";
import { createTopic } from "./forum.server.ts";

const origin = "http://portolan.test";
const hostileTitle = `<img src=x onerror=alert(1)> & "quotes" ]]> end`;
const hostileName = `<script>alert(1)</script> Ann & Co`;

beforeAll(async () => {
  const author = await createUser({ name: hostileName });
  const category = await db.forumCategory.create({
    data: {
      slug: "news",
      order: 1,
      visibility: "PUBLIC",
      text: { en: { name: "News <b>&</b>", description: "What <i>happens</i>" } },
    },
  });
  // Straight to the domain function (no form schema): titles stored before the one-line rule, or by a seed, still reach the feed.
  await createTopic(
    { ...author, siteRole: "USER" },
    { categoryId: category.id, title: hostileTitle, language: "en", body: "Hello <script>alert(2)</script> **there**" },
    "en",
    origin,
  );
});

const children = (el: Element, name: string) =>
  (el.elements ?? []).filter((e) => e.type === "element" && e.name === name);
/** The text of an element as a feed reader gets it (text and CDATA joined). */
const textOf = (el: Element) => (el.elements ?? []).map((e) => e.text ?? e.cdata ?? "").join("");

test("the Atom feed hands titles, names and summaries to readers as text, never as markup", async () => {
  const doc = xml2js(await publicCategoryFeed("news", "en", origin), { compact: false }) as Element;
  const feed = children(doc, "feed")[0];
  expect(textOf(children(feed, "title")[0])).toBe("News <b>&</b> · Portolan");
  expect(textOf(children(feed, "subtitle")[0])).toBe("What <i>happens</i>");

  const [entry] = children(feed, "entry");
  const title = children(entry, "title")[0];
  const type = title.attributes?.type ?? "text";
  // As text the title is itself; as html it must be escaped so that a reader shows the same characters.
  const shown =
    type === "html"
      ? textOf(title)
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&")
      : textOf(title);
  expect(shown).toBe(hostileTitle);
  if (type === "html") expect(textOf(title)).not.toMatch(/<img/i);

  const author = children(children(entry, "author")[0], "name")[0];
  expect(textOf(author)).toBe(hostileName);

  const content = textOf(children(entry, "content")[0]);
  expect(content).not.toMatch(/<script/i);
  const link = children(entry, "link")[0].attributes!.href as string;
  expect(link).toMatch(/^http:\/\/portolan\.test\/en\/forum\/t\/\d+-[a-z0-9-]+$/);
});

test("a control character stored in a title does not break the XML", async () => {
  await db.forumTopic.updateMany({ data: { title: "Bell\u0007 title" } });
  const doc = xml2js(await publicCategoryFeed("news", "en", origin), { compact: false }) as Element;
  const entry = children(children(doc, "feed")[0], "entry")[0];
  expect(textOf(children(entry, "title")[0])).toBe("Bell title");
});
