import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { loader as categoryLoader } from "#app/routes/$lang+/forum+/$category.tsx";
import { loader as feedLoader } from "#app/routes/$lang+/forum+/$category_.feed.tsx";
import { loader as flagsLoader } from "#app/routes/$lang+/forum+/flags.tsx";
import { action as newTopicAction } from "#app/routes/$lang+/forum+/new.tsx";
import { action as editAction } from "#app/routes/$lang+/forum+/p.$post_.edit.tsx";
import { action as topicAction, loader as topicLoader } from "#app/routes/$lang+/forum+/t.$topic.tsx";
import { loader as auditLoader } from "#app/routes/$lang+/admin+/audit.tsx";
import { db } from "#app/utils/db.server.ts";
import { createReply, createTopic, editPost, getPost, getTopic, viewerOf } from "./forum.server.ts";
import { hasLink, mentionedHandles, renderMarkdown } from "./markdown.server.ts";
import { searchForum } from "./search.server.ts";

const origin = "http://portolan.test";

async function world() {
  const author = await createUser({ name: "Anna Author", email: "anna.author@example.test" });
  const member = await createUser({ name: "Mikk Member", email: "mikk.member@example.test" });
  const otherOrgMember = await createUser({ name: "Olga Other" });
  const loner = await createUser({ name: "Lone Reader" });
  const moderator = await createUser({ siteRole: "MODERATOR", name: "Mod Erator" });
  const admin = await createUser({ siteRole: "ADMIN", name: "Ad Min" });
  const org = await createOrg(author.id, "Forum Hub");
  await addMember(org.id, member.id);
  await createOrg(otherOrgMember.id, "Other Forum Hub");
  const text = (name: string) => ({ en: { name, description: `${name} things` } });
  const pub = await db.forumCategory.create({ data: { slug: "internationalisation", order: 1, visibility: "PUBLIC", text: text("Internationalisation") } });
  const priv = await db.forumCategory.create({ data: { slug: "partner-search", order: 2, visibility: "MEMBERS", text: text("Partner search") } });
  const authorUser = { ...author, siteRole: "USER" as const };
  const publicTopic = await createTopic(authorUser, { categoryId: pub.id, title: "How do you price co-working for visiting designers?", language: "en", body: "We charge per day. What do you do?" }, "en", origin);
  const privateTopic = await createTopic(authorUser, { categoryId: priv.id, title: "Looking for a Latvian partner for a design week", language: "en", body: "Members only: budget is confidential." }, "en", origin);
  return { author: authorUser, member, otherOrgMember, loner, moderator, admin, pub, priv, publicTopic, privateTopic };
}
let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

const seg = (t: { number: number; slug: string }) => `${t.number}-${t.slug}`;
const topicParams = (t: { number: number; slug: string }) => ({ lang: "en", topic: seg(t) });

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
  const tagsOf = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: m[2]! }));
  const allowedTags = new Set(["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td", "span"]);
  test.each(payloads)("nothing executable survives: %s", (payload) => {
    const html = renderMarkdown(payload);
    for (const tag of tagsOf(html)) {
      expect(allowedTags.has(tag.name), tag.name).toBe(true);
      expect(tag.attrs).not.toMatch(/\bon\w+\s*=/i);
      expect(tag.attrs).not.toMatch(/style\s*=/i);
      expect(tag.attrs).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
      expect(tag.attrs).not.toMatch(/href="\/\//);
      // Every attribute is one we allow.
      for (const attr of tag.attrs.matchAll(/([a-z-]+)=/gi)) expect(["href", "rel", "class", "align"]).toContain(attr[1]!.toLowerCase());
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

describe("forum permissions through the real routes", () => {
  test("members-only categories and topics do not exist for visitors and people without an organisation", async () => {
    const cases = [
      ["visitor", null, 404],
      ["account without organisation", w.loner.id, 404],
      ["member", w.member.id, 200],
      ["member of another organisation", w.otherOrgMember.id, 200],
      ["moderator", w.moderator.id, 200],
      ["admin", w.admin.id, 200],
    ] as const;
    for (const [label, userId, status] of cases) {
      const cat = await callRoute(categoryLoader, { userId, path: "/en/forum/partner-search", params: { lang: "en", category: "partner-search" } });
      expect(cat.status, `category as ${label}`).toBe(status);
      const topic = await callRoute(topicLoader, { userId, path: `/en/forum/t/${seg(w.privateTopic)}`, params: topicParams(w.privateTopic) });
      expect(topic.status, `topic as ${label}`).toBe(status);
      const pub = await callRoute(topicLoader, { userId, path: `/en/forum/t/${seg(w.publicTopic)}`, params: topicParams(w.publicTopic) });
      expect(pub.status, `public topic as ${label}`).toBe(200);
    }
    const feed = await callRoute(feedLoader, { path: "/en/forum/partner-search/feed", params: { lang: "en", category: "partner-search" } });
    expect(feed.status).toBe(404);
    const publicFeed = await callRoute(feedLoader, { path: "/en/forum/internationalisation/feed", params: { lang: "en", category: "internationalisation" } });
    expect(publicFeed.body).toContain("<feed");
    expect(publicFeed.body).toContain("How do you price co-working");
  });

  test("posting: visitors are sent to sign in; people without an organisation cannot write in members-only categories", async () => {
    const reply = { intent: "reply", body: "We charge per fortnight.", language: "en" };
    const visitor = await callRoute(topicAction, { userId: null, path: `/en/forum/t/${seg(w.publicTopic)}`, params: topicParams(w.publicTopic), form: reply });
    expect(visitor.status).toBe(302);
    expect(visitor.location).toContain("/login");
    const loner = await callRoute(topicAction, { userId: w.loner.id, path: `/en/forum/t/${seg(w.privateTopic)}`, params: topicParams(w.privateTopic), form: reply });
    expect(loner.status).toBe(404);
    const newInPrivate = await callRoute(newTopicAction, { userId: w.loner.id, path: "/en/forum/new", params: { lang: "en" }, form: { intent: "create", categoryId: w.priv.id, title: "A members-only topic", language: "en", body: "Hello there" } });
    expect(newInPrivate.status).toBe(400);
    const member = await callRoute(topicAction, { userId: w.member.id, path: `/en/forum/t/${seg(w.publicTopic)}`, params: topicParams(w.publicTopic), form: reply });
    expect(member.status).toBe(302);
    expect(member.location).toContain("#post-2");
  });

  test("editing: the author and moderators may, others get 403; moderators' edits are audited", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const first = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 1 } });
    const form = (body: string, version: number) => ({ intent: "edit", postId: first.id, version: String(version), body });
    const params = { lang: "en", post: first.id };
    const other = await callRoute(editAction, { userId: w.member.id, path: `/en/forum/p/${first.id}/edit`, params, form: form("Hijacked", first.version) });
    expect(other.status).toBe(403);
    const own = await callRoute(editAction, { userId: w.author.id, path: `/en/forum/p/${first.id}/edit`, params, form: form("We charge per day, 25 EUR.", first.version) });
    expect(own.status).toBe(302);
    const mod = await callRoute(editAction, { userId: w.moderator.id, path: `/en/forum/p/${first.id}/edit`, params, form: form("We charge per day (edited by a moderator).", first.version + 1) });
    expect(mod.status).toBe(302);
    expect(await db.auditLog.count({ where: { action: "editPost", targetId: first.id, actorId: w.moderator.id } })).toBe(1);
    const revisions = await db.postRevision.findMany({ where: { postId: first.id }, orderBy: { version: "asc" } });
    // Each revision keeps the text that the edit replaced.
    expect(revisions.map((r) => r.body)).toEqual([first.body, "We charge per day, 25 EUR."]);
  });

  test("solution: the topic author and moderators; moderation: moderators and admins only", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const reply = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    const path = `/en/forum/t/${seg(w.publicTopic)}`;
    const params = topicParams(w.publicTopic);
    expect((await callRoute(topicAction, { userId: w.otherOrgMember.id, path, params, form: { intent: "solution", postId: reply.id } })).status).toBe(403);
    expect((await callRoute(topicAction, { userId: w.author.id, path, params, form: { intent: "solution", postId: reply.id } })).status).toBe(200);
    expect((await getTopic(w.publicTopic.number))!.solutionPostId).toBe(reply.id);
    expect(await db.notification.count({ where: { userId: w.member.id, kind: "forumSolution" } })).toBe(1);

    for (const userId of [w.member.id, w.author.id, w.otherOrgMember.id]) {
      expect((await callRoute(topicAction, { userId, path, params, form: { intent: "hide", postId: reply.id } })).status).toBe(403);
      expect((await callRoute(topicAction, { userId, path, params, form: { intent: "lock" } })).status).toBe(403);
      expect((await callRoute(flagsLoader, { userId, path: "/en/forum/flags", params: { lang: "en" } })).status).toBe(403);
      expect((await callRoute(auditLoader, { userId, path: "/en/admin/audit", params: { lang: "en" } })).status).toBe(403);
    }
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: reply.id } })).hiddenAt).toBeNull();
    for (const userId of [w.moderator.id, w.admin.id]) {
      expect((await callRoute(flagsLoader, { userId, path: "/en/forum/flags", params: { lang: "en" } })).status).toBe(200);
      expect((await callRoute(auditLoader, { userId, path: "/en/admin/audit", params: { lang: "en" } })).status).toBe(200);
    }
  });

  test("a hidden post disappears for others, stays for its author and moderators, and is audited", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const reply = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    const path = `/en/forum/t/${seg(w.publicTopic)}`;
    const params = topicParams(w.publicTopic);
    const r = await callRoute(topicAction, { userId: w.moderator.id, path, params, form: { intent: "hide", postId: reply.id, reason: "Off topic" } });
    expect(r.status).toBe(200);
    const numbers = async (userId: string | null) => ((await callRoute(topicLoader, { userId, path, params })).data as { posts: { number: number }[] }).posts.map((p) => p.number);
    expect(await numbers(null)).toEqual([1]);
    expect(await numbers(w.otherOrgMember.id)).toEqual([1]);
    expect(await numbers(w.member.id)).toEqual([1, 2]);
    expect(await numbers(w.moderator.id)).toEqual([1, 2]);
    expect(await db.forumPost.count({ where: { id: reply.id } })).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "hidePost", targetId: reply.id } });
    expect(entry).toMatchObject({ actorId: w.moderator.id, reason: "Off topic" });
    expect(await db.notification.count({ where: { userId: w.member.id, kind: "forumModeration" } })).toBe(1);
    // The solution mark goes with the hidden post.
    expect((await getTopic(w.publicTopic.number))!.solutionPostId).toBeNull();
  });
});

describe("forum writes", () => {
  test("a double submit (same key) creates one topic and one reply", async () => {
    const input = { categoryId: w.pub.id, title: "Business breakfast formats that work", language: "de" as const, body: "Wir starten um 8 Uhr.", key: "form-key-1" };
    const [a, b] = await Promise.all([createTopic(w.author, input, "de", origin), createTopic(w.author, input, "de", origin)]);
    expect(a.number).toBe(b.number);
    expect(await db.forumTopic.count({ where: { title: input.title } })).toBe(1);
    const topic = (await getTopic(a.number))!;
    const reply = { body: "Bei uns um 7:30.", language: "de" as const, key: "reply-key-1" };
    const member = { ...w.member, siteRole: "USER" as const };
    const [r1, r2] = await Promise.all([createReply(member, topic, reply, "de", origin), createReply(member, topic, reply, "de", origin)]);
    expect(r1).toEqual(r2);
    expect(await db.forumPost.count({ where: { topicId: topic.id } })).toBe(2);
  });

  test("an edit on an outdated version is a 409 that keeps both texts; nothing is overwritten", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const first = (await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 1 } }))!;
    const post = (await getPost(first.id))!;
    const stale = first.version - 1;
    const r = await editPost(post, stale, "My stale text", w.author, "en");
    expect(r).toEqual({ ok: false, error: "conflict", current: { body: first.body, version: first.version } });
    const viaRoute = await callRoute(editAction, { userId: w.author.id, path: `/en/forum/p/${first.id}/edit`, params: { lang: "en", post: first.id }, form: { intent: "edit", postId: first.id, version: String(stale), body: "My stale text" } });
    expect(viaRoute.status).toBe(409);
    const d = viaRoute.data as { conflict: { body: string }; result: { initialValue: { body: string } } };
    expect(d.conflict.body).toBe(first.body);
    expect(d.result.initialValue.body).toBe("My stale text");
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: first.id } })).body).toBe(first.body);
  });

  test("mentions notify the mentioned person; subscribers get a reply notification; the author gets nothing", async () => {
    const topic = (await getTopic(w.privateTopic.number))!;
    const member = { ...w.member, siteRole: "USER" as const };
    await createReply(member, topic, { body: "I know someone in Riga. @anna.author and @nobody.here, see above.", language: "en" }, "en", origin);
    const forAuthor = await db.notification.findMany({ where: { userId: w.author.id, kind: { in: ["forumMention", "forumReply"] } }, orderBy: { createdAt: "desc" } });
    // Anna is both subscribed (she opened the topic) and mentioned: one notification, the mention.
    expect(forAuthor.filter((n) => (n.data as { topicNumber: number }).topicNumber === topic.number).map((n) => n.kind)).toEqual(["forumMention"]);
    expect(await db.notification.count({ where: { userId: w.member.id, kind: { in: ["forumMention", "forumReply"] }, createdAt: { gte: new Date(Date.now() - 10_000) } } })).toBe(0);
    const post = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    expect(post.html).toContain('<span class="mention">@anna.author</span>');
    expect(post.html).not.toContain('<span class="mention">@nobody.here');
  });

  test("new accounts cannot post links before verifying their email; the honeypot stops bots", async () => {
    const fresh = await createUser({ verified: false });
    const base = { intent: "create", categoryId: w.pub.id, title: "Visit our site please", language: "en" };
    const withLink = await callRoute(newTopicAction, { userId: fresh.id, path: "/en/forum/new", params: { lang: "en" }, form: { ...base, body: "See [our page](https://spam.example)" } });
    expect(withLink.status).toBe(400);
    const bot = await callRoute(newTopicAction, { userId: w.member.id, path: "/en/forum/new", params: { lang: "en" }, form: { ...base, body: "Hello everyone", website: "http://bot.example" } });
    expect(bot.status).toBe(400);
    expect(await db.forumTopic.count({ where: { title: base.title } })).toBe(0);
  });
});

describe("forum search", () => {
  test("ranked, highlighted, and members-only or hidden posts never reach people who may not read them", async () => {
    const visitor = await viewerOf(null);
    const memberViewer = await viewerOf({ ...w.member, siteRole: "USER" });
    const confidential = await searchForum(visitor, "confidential", { page: 1 });
    expect(confidential.total).toBe(0);
    const asMember = await searchForum(memberViewer, "confidential", { page: 1 });
    expect(asMember.total).toBe(1);
    expect(asMember.hits[0]!.snippet).toContain("<mark>confidential</mark>");
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
    await createReply(member, topic, { body: "Careful: <b>bold tags</b> stay text in snippets", language: "en" }, "en", origin);
    const tags = await searchForum(visitor, "careful", { page: 1 });
    expect(tags.hits[0]!.snippet).not.toContain("<b>");
    expect(tags.hits[0]!.snippet).toContain("bold tags");
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
    const { topicsByOrganisation } = await import("./forum.server.ts");
    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "forum-hub" } });
    const visitor = (await topicsByOrganisation(org.id, await viewerOf(null))).map((t) => t.title);
    expect(visitor).toContain("How do you price co-working for visiting designers?");
    expect(visitor).not.toContain("Looking for a Latvian partner for a design week");
    const member = (await topicsByOrganisation(org.id, await viewerOf({ ...w.member, siteRole: "USER" }))).map((t) => t.title);
    expect(member).toContain("Looking for a Latvian partner for a design week");
  });
});
