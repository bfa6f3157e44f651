import { createTopic } from "#app/modules/forum/forum.server.ts";
import { db } from "#app/utils/db.server.ts";
import { addMember, createOrg, createUser } from "./factories.ts";

export const origin = "http://portolan.test";

/**
 * The people and places the forum tests share: an author and a member of one
 * organisation, a member of another, an account without one, a moderator and
 * an admin; a public and a members-only category with one topic each.
 */
export async function forumWorld() {
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
  const pub = await db.forumCategory.create({
    data: { slug: "internationalisation", order: 1, visibility: "PUBLIC", text: text("Internationalisation") },
  });
  const priv = await db.forumCategory.create({
    data: { slug: "partner-search", order: 2, visibility: "MEMBERS", text: text("Partner search") },
  });
  const authorUser = { ...author, siteRole: "USER" as const };
  const publicTopic = await createTopic(
    authorUser,
    {
      categoryId: pub.id,
      title: "How do you price co-working for visiting designers?",
      language: "en",
      body: "We charge per day. What do you do?",
    },
    "en",
    origin,
  );
  const privateTopic = await createTopic(
    authorUser,
    {
      categoryId: priv.id,
      title: "Looking for a Latvian partner for a design week",
      language: "en",
      body: "Members only: budget is confidential.",
    },
    "en",
    origin,
  );
  return { author: authorUser, member, otherOrgMember, loner, moderator, admin, pub, priv, publicTopic, privateTopic };
}
export type ForumWorld = Awaited<ReturnType<typeof forumWorld>>;

/** The `<number>-<slug>` URL segment of a topic. */
export const seg = (t: { number: number; slug: string }) => `${t.number}-${t.slug}`;
