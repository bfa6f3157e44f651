import { beforeAll, describe, expect, test } from "vitest";
import { anonymousViewer } from "#app/modules/access/access.server.ts";
import { viewerOf } from "#app/modules/access/viewer.server.ts";
import { db } from "#app/utils/db.server.ts";
import { createUser } from "#tests/factories.ts";
import { forumWorld, origin, type ForumWorld } from "#tests/forum-world.ts";
import { createReply, createTopic, editPost, getPost, getTopic, topicsByOrganisation } from "./forum.server.ts";
import { hasLink, mentionedHandles, renderMarkdown } from "./markdown.server.ts";
import { setPostHidden } from "./moderation.server.ts";
import { searchForum } from "./search.server.ts";

// The forum's domain functions. What the pages answer (404, 403, redirects) is tested in tests/routes/forum.test.ts.

let w: ForumWorld;
beforeAll(async () => {
  w = await forumWorld();
});

describe("markdown is sanitised", () => {
  const payloads = [
    `<script>alert(1)</script>`,
    `<img src=x onerror=alert(1)>`,
    `[click](javascript:alert(1))`,
    `[click](JaVaScRiPt:alert(1))`,
    `[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
    `<a href="javascript:alert(1)">x</a>`,
    `<iframe src="https://evil.example"></iframe>`,
    `<svg onload=alert(1)>`,
    `<div style="background:url(javascript:alert(1))">x</div>`,
    `![x](https://evil.example/x.png" onerror="alert(1))`,
    `<details open ontoggle=alert(1)>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
    "```html\n<script>alert(1)</script>\n```",
    `[x](vbscript:msgbox(1))`,
    `<form action="https://evil.example"><button>go</button></form>`,
    `<object data="x"></object><embed src="x">`,
    `[x](//evil.example)`,
    `<a href="https://ok.example" onclick="alert(1)">ok</a>`,
  ];
  // Escaped text ("&lt;img onerror=…&gt;") is harmless; only real tags and their attributes matter.
  const tagsOf = (html: string) =>
    [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1].toLowerCase(), attrs: m[2] }));
  const allowedTags = new Set([
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
  ]);
  test.each(payloads)("nothing executable survives: %s", (payload) => {
    const html = renderMarkdown(payload);
    for (const tag of tagsOf(html)) {
      expect(allowedTags.has(tag.name), tag.name).toBe(true);
      expect(tag.attrs).not.toMatch(/\bon\w+\s*=/i);
      expect(tag.attrs).not.toMatch(/style\s*=/i);
      expect(tag.attrs).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
      expect(tag.attrs).not.toMatch(/href="\/\//);
      // Every attribute is one we allow.
      for (const attr of tag.attrs.matchAll(/([a-z-]+)=/gi))
        expect(["href", "rel", "class", "align"]).toContain(attr[1].toLowerCase());
    }
  });

  test("links are kept with rel=nofollow ugc noopener; Markdown still works", () => {
    const html = renderMarkdown("**bold** and [a link](https://example.org/x)\n\n> quoted\n\n- one\n- two");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<a href="https://example.org/x" rel="nofollow ugc noopener">a link</a>');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>two</li>");
    expect(hasLink("see www.example.org")).toBe(true);
    expect(hasLink("no link here")).toBe(false);
    expect(mentionedHandles("hi @anna.author and `@code` and mail x@y.z")).toEqual(["anna.author"]);
  });
});

describe("forum writes", () => {
  test("a double submit (same key) creates one topic and one reply", async () => {
    const input = {
      categoryId: w.pub.id,
      title: "Business breakfast formats that work",
      language: "de" as const,
      body: "Wir starten um 8 Uhr.",
      key: "form-key-1",
    };
    const [a, b] = await Promise.all([
      createTopic(w.author, input, "de", origin),
      createTopic(w.author, input, "de", origin),
    ]);
    expect(a.number).toBe(b.number);
    expect(await db.forumTopic.count({ where: { title: input.title } })).toBe(1);
    const topic = (await getTopic(a.number))!;
    const reply = { body: "Bei uns um 7:30.", language: "de" as const, key: "reply-key-1" };
    const member = { ...w.member, siteRole: "USER" as const };
    const [r1, r2] = await Promise.all([
      createReply(member, topic, reply, "de", origin),
      createReply(member, topic, reply, "de", origin),
    ]);
    expect(r1).toEqual(r2);
    expect(await db.forumPost.count({ where: { topicId: topic.id } })).toBe(2);
  });

  test("an edit on an outdated version is refused with the current text; nothing is overwritten", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const first = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 1 } });
    const post = (await getPost(first.id))!;
    const stale = first.version - 1;
    const r = await editPost(post, stale, "My stale text", w.author, "en");
    expect(r).toEqual({ ok: false, error: "conflict", current: { body: first.body, version: first.version } });
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: first.id } })).body).toBe(first.body);
  });

  test("mentions notify the mentioned person; subscribers get a reply notification; the author gets nothing", async () => {
    const topic = (await getTopic(w.privateTopic.number))!;
    const member = { ...w.member, siteRole: "USER" as const };
    await createReply(
      member,
      topic,
      { body: "I know someone in Riga. @anna.author and @nobody.here, see above.", language: "en" },
      "en",
      origin,
    );
    const forAuthor = await db.notification.findMany({
      where: { userId: w.author.id, kind: { in: ["forumMention", "forumReply"] } },
      orderBy: { createdAt: "desc" },
    });
    // Anna is both subscribed (she opened the topic) and mentioned: one notification, the mention.
    expect(
      forAuthor.filter((n) => (n.data as { topicNumber: number }).topicNumber === topic.number).map((n) => n.kind),
    ).toEqual(["forumMention"]);
    expect(
      await db.notification.count({
        where: {
          userId: w.member.id,
          kind: { in: ["forumMention", "forumReply"] },
          createdAt: { gte: new Date(Date.now() - 10_000) },
        },
      }),
    ).toBe(0);
    const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    expect(post.html).toContain('<span class="mention">@anna.author</span>');
    expect(post.html).not.toContain('<span class="mention">@nobody.here');
  });
});

describe("forum search", () => {
  test("ranked, highlighted, and members-only or hidden posts never reach people who may not read them", async () => {
    const visitor = anonymousViewer;
    const memberViewer = await viewerOf({ ...w.member, siteRole: "USER" });
    const publicTopic = (await getTopic(w.publicTopic.number))!;
    await createReply(
      { ...w.member, siteRole: "USER" },
      publicTopic,
      { body: "We charge per fortnight.", language: "en" },
      "en",
      origin,
    );
    const hiddenPost = await db.forumPost.findFirstOrThrow({
      where: { topicId: publicTopic.id, body: "We charge per fortnight." },
    });
    await setPostHidden(publicTopic, hiddenPost.id, true, w.moderator, "Off topic", origin);
    const confidential = await searchForum(visitor, "confidential", { page: 1 });
    expect(confidential.total).toBe(0);
    const asMember = await searchForum(memberViewer, "confidential", { page: 1 });
    expect(asMember.total).toBe(1);
    expect(asMember.hits[0].snippet).toContain("<mark>confidential</mark>");
    const cowork = await searchForum(visitor, "co-working", { page: 1 });
    expect(cowork.hits[0]?.title).toContain("co-working");
    // The hidden reply ("We charge per fortnight") is not found by anyone.
    expect((await searchForum(memberViewer, "fortnight", { page: 1 })).total).toBe(0);
    const byLanguage = await searchForum(visitor, "Uhr", { page: 1, language: "de" });
    expect(byLanguage.total).toBe(1);
    expect((await searchForum(visitor, "Uhr", { page: 1, language: "en" })).total).toBe(0);
    // Snippets escape what people wrote.
    const member = { ...w.member, siteRole: "USER" as const };
    const topic = (await getTopic(w.publicTopic.number))!;
    await createReply(
      member,
      topic,
      { body: "Careful: <b>bold tags</b> stay text in snippets", language: "en" },
      "en",
      origin,
    );
    const tags = await searchForum(visitor, "careful", { page: 1 });
    expect(tags.hits[0].snippet).not.toContain("<b>");
    expect(tags.hits[0].snippet).toContain("bold tags");
  });
});

describe("email for notifications", () => {
  test("only opted-in kinds are emailed, in the reader's language; the daily digest goes to those who asked", async () => {
    const reader = await createUser({ name: "Piret Reader", email: "piret.reader@example.test", locale: "et" });
    const { saveEmailPreferences, sendDigests } = await import("#app/modules/notifications/notifications.server.ts");
    await saveEmailPreferences(reader.id, ["forumMention"], true);
    const topic = (await getTopic(w.publicTopic.number))!;
    const member = { ...w.member, siteRole: "USER" as const };
    await db.topicSubscription.create({ data: { userId: reader.id, topicId: topic.id } });
    await createReply(member, topic, { body: "A reply for followers.", language: "en" }, "en", origin);
    expect(await db.outboxEmail.count({ where: { to: reader.email } })).toBe(0);
    await createReply(member, topic, { body: "@piret.reader what do you think?", language: "en" }, "en", origin);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: reader.email, kind: "forumMention" } });
    expect(mail.locale).toBe("et");
    expect(mail.text).toContain(`/et/forum/t/${topic.number}-${topic.slug}`);
    expect(await sendDigests(origin)).toBeGreaterThanOrEqual(1);
    const digest = await db.outboxEmail.findFirstOrThrow({ where: { to: reader.email, kind: "digest" } });
    expect(digest.text).toContain("Mikk Member");
    expect(await db.outboxEmail.count({ where: { to: w.member.email, kind: "digest" } })).toBe(0);
  });
});

describe("forum on directory profiles", () => {
  test("an organisation's profile lists its members' topics that the reader may see", async () => {
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "forum-hub" } });
    const visitor = (await topicsByOrganisation(org.id, anonymousViewer)).map((t) => t.title);
    expect(visitor).toContain("How do you price co-working for visiting designers?");
    expect(visitor).not.toContain("Looking for a Latvian partner for a design week");
    const member = (await topicsByOrganisation(org.id, await viewerOf({ ...w.member, siteRole: "USER" }))).map(
      (t) => t.title,
    );
    expect(member).toContain("Looking for a Latvian partner for a design week");
  });
});
