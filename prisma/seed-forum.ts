import type { PrismaClient } from "../app/generated/prisma/client.ts";
import { renderPost } from "../app/modules/forum/forum.server.ts";
import { slugify } from "../app/utils/reference/slug.ts";
import { demoCategories, demoPeople, demoTopics } from "./demo-forum.ts";

const DAY = 86_400_000;

// The demo accounts' addresses are short (member@…), so their handles are too.
const handleOf: Record<string, string> = {
  "mia.member": "member",
  "ole.orgadmin": "orgadmin",
  "eeva.partner": "partner",
  "otto.outsider": "outsider",
  "mona.moderator": "moderator",
  "ada.admin": "admin",
};
const accountKeys = ["admin", "moderator", "orgadmin", "member", "outsider", "partner"];

/**
 * Loads the demo forum: seven categories, the demo people (members of their
 * organisations) and 60+ topics in several languages. Posts are rendered by
 * the same code as live posts.
 */
export async function seedForum(
  prisma: PrismaClient,
  { passwordHash, now = new Date() }: { passwordHash: string; now?: Date },
) {
  for (const c of demoCategories) {
    await prisma.forumCategory.create({
      data: { slug: c.slug, order: c.order, visibility: c.visibility, text: c.text },
    });
  }
  const users = new Map<string, { id: string; org: string | null }>();
  for (const key of accountKeys) {
    const u = await prisma.user.findUniqueOrThrow({
      where: { email: `${key}@demo.portolan.test` },
      select: { id: true, memberships: { select: { org: { select: { name: true } } }, take: 1 } },
    });
    users.set(key, { id: u.id, org: u.memberships[0]?.org.name ?? null });
  }
  for (const p of demoPeople) {
    const org = await prisma.organisation.findUnique({
      where: { slug: slugify(p.org) },
      select: { id: true, name: true },
    });
    const u = await prisma.user.create({
      data: {
        email: p.email,
        name: p.name,
        locale: p.locale,
        passwordHash,
        emailVerifiedAt: now,
        consentAt: now,
        ...(org ? { memberships: { create: { orgId: org.id, role: "MEMBER" } } } : {}),
      },
    });
    users.set(p.key, { id: u.id, org: org?.name ?? null });
  }
  const categories = new Map(
    (await prisma.forumCategory.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  for (const t of demoTopics) {
    const at = (daysAgo: number, i: number) => new Date(now.getTime() - daysAgo * DAY + i * 60_000);
    const last = t.posts.length;
    const opener = users.get(t.posts[0].author)!;
    const topic = await prisma.forumTopic.create({
      data: {
        categoryId: categories.get(t.category)!,
        title: t.title,
        slug: slugify(t.title).slice(0, 60),
        language: t.language,
        authorId: opener.id,
        pinned: !!t.pinned,
        locked: !!t.locked,
        postCount: last,
        lastPostNumber: last,
        lastPostAt: at(t.posts[last - 1].daysAgo, last),
        createdAt: at(t.posts[0].daysAgo, 0),
      },
    });
    const ids: string[] = [];
    for (const [i, p] of t.posts.entries()) {
      const author = users.get(p.author)!;
      const body = p.body.replace(/@([a-z]+\.[a-z]+)/g, (all, h: string) => (handleOf[h] ? `@${handleOf[h]}` : all));
      const { html } = await renderPost(body, t.language);
      const post = await prisma.forumPost.create({
        data: {
          topicId: topic.id,
          postNumber: i + 1,
          authorId: author.id,
          orgName: author.org,
          body,
          html,
          language: t.language,
          createdAt: at(p.daysAgo, i),
        },
      });
      ids.push(post.id);
      await prisma.topicSubscription.upsert({
        where: { userId_topicId: { userId: author.id, topicId: topic.id } },
        create: { userId: author.id, topicId: topic.id },
        update: {},
      });
    }
    if (t.solution)
      await prisma.forumTopic.update({ where: { id: topic.id }, data: { solutionPostId: ids[t.solution] } });
  }
  return {
    categories: demoCategories.length,
    topics: demoTopics.length,
    posts: demoTopics.reduce((n, t) => n + t.posts.length, 0),
  };
}
