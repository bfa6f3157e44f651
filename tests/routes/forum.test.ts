import { beforeAll, describe, expect, test } from "vitest";
import { MAX_MENTIONS } from "#app/modules/forum/mentions.ts";
import { getTopic } from "#app/modules/forum/forum.server.ts";
import { loader as categoryLoader } from "#app/routes/$lang+/forum+/$category.tsx";
import { loader as feedLoader } from "#app/routes/$lang+/forum+/$category_.feed.tsx";
import { action as flagsAction, loader as flagsLoader } from "#app/routes/$lang+/forum+/flags.tsx";
import { action as newTopicAction } from "#app/routes/$lang+/forum+/new.tsx";
import { action as editAction, loader as editLoader } from "#app/routes/$lang+/forum+/p.$post_.edit.tsx";
import { action as topicAction, loader as topicLoader } from "#app/routes/$lang+/forum+/t.$topic.tsx";
import { loader as auditLoader } from "#app/routes/$lang+/admin+/audit.tsx";
import { db } from "#app/utils/db.server.ts";
import { createUser } from "#tests/factories.ts";
import { forumWorld, seg, type ForumWorld } from "#tests/forum-world.ts";
import { callRoute } from "#tests/route.ts";

// Route-level tests of the forum pages (and the audit log, which reports moderation):
// who gets a page, a 404 or a 403, and what the forms answer.

let w: ForumWorld;
beforeAll(async () => {
  w = await forumWorld();
});

const topicParams = (t: { number: number; slug: string }) => ({ lang: "en", topic: seg(t) });

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
      const cat = await callRoute(categoryLoader, {
        userId,
        path: "/en/forum/partner-search",
        params: { lang: "en", category: "partner-search" },
      });
      expect(cat.status, `category as ${label}`).toBe(status);
      const topic = await callRoute(topicLoader, {
        userId,
        path: `/en/forum/t/${seg(w.privateTopic)}`,
        params: topicParams(w.privateTopic),
      });
      expect(topic.status, `topic as ${label}`).toBe(status);
      const pub = await callRoute(topicLoader, {
        userId,
        path: `/en/forum/t/${seg(w.publicTopic)}`,
        params: topicParams(w.publicTopic),
      });
      expect(pub.status, `public topic as ${label}`).toBe(200);
    }
    const feed = await callRoute(feedLoader, {
      path: "/en/forum/partner-search/feed",
      params: { lang: "en", category: "partner-search" },
    });
    expect(feed.status).toBe(404);
    const publicFeed = await callRoute(feedLoader, {
      path: "/en/forum/internationalisation/feed",
      params: { lang: "en", category: "internationalisation" },
    });
    expect(publicFeed.body).toContain("<feed");
    expect(publicFeed.body).toContain("How do you price co-working");
  });

  test("a topic's old slug redirects to the canonical URL; an unknown topic is a 404", async () => {
    const moved = await callRoute(topicLoader, {
      path: `/en/forum/t/${w.publicTopic.number}-old-title?page=1`,
      params: { lang: "en", topic: `${w.publicTopic.number}-old-title` },
    });
    expect(moved.status).toBe(301);
    expect(moved.location).toBe(`/en/forum/t/${seg(w.publicTopic)}?page=1`);
    expect(
      (await callRoute(topicLoader, { path: "/en/forum/t/999999-nope", params: { lang: "en", topic: "999999-nope" } }))
        .status,
    ).toBe(404);
  });

  test("posting: visitors are sent to sign in; people without an organisation cannot write in members-only categories", async () => {
    const reply = { intent: "reply", body: "We charge per fortnight.", language: "en" };
    const visitor = await callRoute(topicAction, {
      userId: null,
      path: `/en/forum/t/${seg(w.publicTopic)}`,
      params: topicParams(w.publicTopic),
      form: reply,
    });
    expect(visitor.status).toBe(302);
    expect(visitor.location).toContain("/login");
    const loner = await callRoute(topicAction, {
      userId: w.loner.id,
      path: `/en/forum/t/${seg(w.privateTopic)}`,
      params: topicParams(w.privateTopic),
      form: reply,
    });
    expect(loner.status).toBe(404);
    const newInPrivate = await callRoute(newTopicAction, {
      userId: w.loner.id,
      path: "/en/forum/new",
      params: { lang: "en" },
      form: {
        intent: "create",
        categoryId: w.priv.id,
        title: "A members-only topic",
        language: "en",
        body: "Hello there",
      },
    });
    expect(newInPrivate.status).toBe(400);
    const member = await callRoute(topicAction, {
      userId: w.member.id,
      path: `/en/forum/t/${seg(w.publicTopic)}`,
      params: topicParams(w.publicTopic),
      form: reply,
    });
    expect(member.status).toBe(302);
    expect(member.location).toContain("#post-2");
    // An intent the page does not have is a 400, never a 500.
    const unknown = await callRoute(topicAction, {
      userId: w.member.id,
      path: `/en/forum/t/${seg(w.publicTopic)}`,
      params: topicParams(w.publicTopic),
      form: { intent: "explode" },
    });
    expect(unknown.status).toBe(400);
  });

  test("editing: the author and moderators may, others get 403; moderators' edits are audited", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const first = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 1 } });
    const form = (body: string, version: number) => ({
      intent: "edit",
      postId: first.id,
      version: String(version),
      body,
    });
    const params = { lang: "en", post: first.id };
    const path = `/en/forum/p/${first.id}/edit`;
    expect((await callRoute(editLoader, { userId: w.member.id, path, params })).status).toBe(403);
    expect((await callRoute(editLoader, { userId: w.author.id, path, params })).status).toBe(200);
    const other = await callRoute(editAction, {
      userId: w.member.id,
      path,
      params,
      form: form("Hijacked", first.version),
    });
    expect(other.status).toBe(403);
    const own = await callRoute(editAction, {
      userId: w.author.id,
      path,
      params,
      form: form("We charge per day, 25 EUR.", first.version),
    });
    expect(own.status).toBe(302);
    const mod = await callRoute(editAction, {
      userId: w.moderator.id,
      path,
      params,
      form: form("We charge per day (edited by a moderator).", first.version + 1),
    });
    expect(mod.status).toBe(302);
    expect(
      await db.auditLog.count({ where: { action: "editPost", targetId: first.id, actorId: w.moderator.id } }),
    ).toBe(1);
    const revisions = await db.postRevision.findMany({ where: { postId: first.id }, orderBy: { version: "asc" } });
    // Each revision keeps the text that the edit replaced.
    expect(revisions.map((r) => r.body)).toEqual([first.body, "We charge per day, 25 EUR."]);
  });

  test("an edit on an outdated version is a 409 that keeps both texts", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const first = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 1 } });
    const stale = first.version - 1;
    const viaRoute = await callRoute(editAction, {
      userId: w.author.id,
      path: `/en/forum/p/${first.id}/edit`,
      params: { lang: "en", post: first.id },
      form: { intent: "edit", postId: first.id, version: String(stale), body: "My stale text" },
    });
    expect(viaRoute.status).toBe(409);
    const d = viaRoute.data as { conflict: { body: string }; result: { initialValue: { body: string } } };
    expect(d.conflict.body).toBe(first.body);
    expect(d.result.initialValue.body).toBe("My stale text");
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: first.id } })).body).toBe(first.body);
  });

  test("solution: the topic author and moderators; moderation: moderators and admins only", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const reply = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    const path = `/en/forum/t/${seg(w.publicTopic)}`;
    const params = topicParams(w.publicTopic);
    expect(
      (
        await callRoute(topicAction, {
          userId: w.otherOrgMember.id,
          path,
          params,
          form: { intent: "solution", postId: reply.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(topicAction, {
          userId: w.author.id,
          path,
          params,
          form: { intent: "solution", postId: reply.id },
        })
      ).status,
    ).toBe(200);
    expect((await getTopic(w.publicTopic.number))!.solutionPostId).toBe(reply.id);
    expect(await db.notification.count({ where: { userId: w.member.id, kind: "forumSolution" } })).toBe(1);

    for (const userId of [w.member.id, w.author.id, w.otherOrgMember.id]) {
      expect(
        (await callRoute(topicAction, { userId, path, params, form: { intent: "hide", postId: reply.id } })).status,
      ).toBe(403);
      expect((await callRoute(topicAction, { userId, path, params, form: { intent: "lock" } })).status).toBe(403);
      expect((await callRoute(flagsLoader, { userId, path: "/en/forum/flags", params: { lang: "en" } })).status).toBe(
        403,
      );
      expect(
        (
          await callRoute(flagsAction, {
            userId,
            path: "/en/forum/flags",
            params: { lang: "en" },
            form: { intent: "dismiss", postId: reply.id },
          })
        ).status,
      ).toBe(403);
      expect((await callRoute(auditLoader, { userId, path: "/en/admin/audit", params: { lang: "en" } })).status).toBe(
        403,
      );
    }
    expect((await db.forumPost.findUniqueOrThrow({ where: { id: reply.id } })).hiddenAt).toBeNull();
    for (const userId of [w.moderator.id, w.admin.id]) {
      expect((await callRoute(flagsLoader, { userId, path: "/en/forum/flags", params: { lang: "en" } })).status).toBe(
        200,
      );
      expect((await callRoute(auditLoader, { userId, path: "/en/admin/audit", params: { lang: "en" } })).status).toBe(
        200,
      );
    }
  });

  test("a hidden post disappears for others, stays for its author and moderators, and is audited", async () => {
    const topic = (await getTopic(w.publicTopic.number))!;
    const reply = await db.forumPost.findFirstOrThrow({ where: { topicId: topic.id, postNumber: 2 } });
    const path = `/en/forum/t/${seg(w.publicTopic)}`;
    const params = topicParams(w.publicTopic);
    const r = await callRoute(topicAction, {
      userId: w.moderator.id,
      path,
      params,
      form: { intent: "hide", postId: reply.id, reason: "Off topic" },
    });
    expect(r.status).toBe(200);
    const numbers = async (userId: string | null) =>
      ((await callRoute(topicLoader, { userId, path, params })).data as { posts: { number: number }[] }).posts.map(
        (p) => p.number,
      );
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
    // Its edit page is a 404 for others, as the post itself.
    const edit = await callRoute(editLoader, {
      userId: w.otherOrgMember.id,
      path: `/en/forum/p/${reply.id}/edit`,
      params: { lang: "en", post: reply.id },
    });
    expect(edit.status).toBe(404);
    const audit = await callRoute(auditLoader, {
      userId: w.moderator.id,
      path: "/en/admin/audit",
      params: { lang: "en" },
    });
    const entries = (audit.data as { entries: { action: string; topic: number | null; postNumber: number | null }[] })
      .entries;
    expect(entries.find((e) => e.action === "hidePost")).toMatchObject({ topic: w.publicTopic.number, postNumber: 2 });
  });

  test("locked topics take replies from moderators only", async () => {
    const path = `/en/forum/t/${seg(w.publicTopic)}`;
    const params = topicParams(w.publicTopic);
    expect(
      (await callRoute(topicAction, { userId: w.moderator.id, path, params, form: { intent: "lock" } })).status,
    ).toBe(200);
    const view = await callRoute(topicLoader, { userId: w.member.id, path, params });
    expect((view.data as { canReply: boolean }).canReply).toBe(false);
    const refused = await callRoute(topicAction, {
      userId: w.member.id,
      path,
      params,
      form: { intent: "reply", body: "Still open?", language: "en" },
    });
    expect(refused.status).toBe(409);
    expect((refused.data as { error: string }).error).toBe("locked");
    expect(
      (await callRoute(topicAction, { userId: w.moderator.id, path, params, form: { intent: "unlock" } })).status,
    ).toBe(200);
  });
});

describe("forum forms", () => {
  test("new accounts cannot post links before verifying their email; the honeypot stops bots", async () => {
    const fresh = await createUser({ verified: false });
    const base = { intent: "create", categoryId: w.pub.id, title: "Visit our site please", language: "en" };
    const withLink = await callRoute(newTopicAction, {
      userId: fresh.id,
      path: "/en/forum/new",
      params: { lang: "en" },
      form: { ...base, body: "See [our page](https://spam.example)" },
    });
    expect(withLink.status).toBe(400);
    const bot = await callRoute(newTopicAction, {
      userId: w.member.id,
      path: "/en/forum/new",
      params: { lang: "en" },
      form: { ...base, body: "Hello everyone", website: "http://bot.example" },
    });
    expect(bot.status).toBe(400);
    expect(await db.forumTopic.count({ where: { title: base.title } })).toBe(0);
  });

  describe("mentions", () => {
    let author: { id: string };
    beforeAll(async () => {
      author = await createUser({ name: "Mention Author" });
      for (let i = 1; i <= 25; i++) await createUser({ email: `person${i}@example.test`, name: `Person ${i}` });
    });

    const post = (handles: number) =>
      callRoute(newTopicAction, {
        userId: author.id,
        path: "/en/forum/new",
        params: { lang: "en" },
        form: {
          intent: "create",
          categoryId: w.pub.id,
          title: `Calling ${handles} people`,
          language: "en",
          body: `Hello ${Array.from({ length: handles }, (_, i) => `@person${i + 1}`).join(" ")}`,
        },
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
      const notified = await db.notification.findMany({
        where: { user: { email: { startsWith: "person" } } },
        select: { userId: true },
      });
      expect(new Set(notified.map((n) => n.userId)).size).toBe(MAX_MENTIONS);
    });
  });
});
