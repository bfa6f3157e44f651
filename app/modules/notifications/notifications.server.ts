import { sendDigestEmail, sendNoticeEmail } from "#app/modules/email/templates.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { isLocale } from "#app/utils/i18n.ts";
import { db } from "#app/utils/db.server.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import { emailableKinds, type EmailableKind } from "./kinds.ts";

/** What each kind of notification carries; rendered in the reader's language by the list. */
export type NotificationData = {
  contactRequest: { requestId: string; fromOrg: string; toOrg: string; toOrgSlug: string; sender: string };
  contactAccepted: { requestId: string; fromOrg: string; toOrg: string; fromOrgSlug: string; contactId?: string };
  contactDeclined: { requestId: string; fromOrg: string; toOrg: string; fromOrgSlug: string };
  forumReply: ForumRef & { author: string };
  forumMention: ForumRef & { author: string };
  forumSolution: ForumRef;
  forumModeration: ForumRef & { action: string };
};
type ForumRef = { topic: string; topicNumber: number; slug: string; postNumber: number };

export { emailableKinds, type EmailableKind };
export type NotificationKind = keyof NotificationData;

export const NOTIFICATION_PAGE_SIZE = 30;

/** Writes the same notification for several people (one row each). */
export async function notify<K extends NotificationKind>(userIds: string[], kind: K, data: NotificationData[K]) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await db.notification.createMany({ data: unique.map((userId) => ({ userId, kind, data })) });
}

export async function listNotifications(userId: string, page: number) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      ...pageWindow(page, NOTIFICATION_PAGE_SIZE),
      select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return { items, total, pageCount: pageCount(total, NOTIFICATION_PAGE_SIZE) };
}

/** Marks one (or, without an id, every) notification of the user read; never touches another user's. */
export async function markRead(userId: string, id?: string) {
  const r = await db.notification.updateMany({
    where: { userId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: new Date() },
  });
  return r.count;
}

/**
 * In-app notifications for everyone in `userIds`, plus an email (in each
 * person's language) to those who opted in for this kind. `path` is the
 * page after the locale, e.g. "/forum/t/12-slug#post-3".
 */
export async function notifyWithEmail<K extends EmailableKind>(
  userIds: string[],
  kind: K,
  data: NotificationData[K],
  origin: string,
  path: string,
) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await notify(unique, kind, data);
  const wanting = await db.user.findMany({
    where: { id: { in: unique }, disabledAt: null, notificationPreferences: { some: { kind, email: true } } },
    select: { email: true, name: true, locale: true },
  });
  for (const u of wanting) {
    await sendNoticeEmail(
      kind,
      u,
      `${origin}/${u.locale}${path}`,
      Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])),
    );
  }
}

export async function emailPreferences(userId: string) {
  const [prefs, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { digestOptIn: true } }),
  ]);
  return {
    email: Object.fromEntries(emailableKinds.map((k) => [k, prefs.some((p) => p.kind === k && p.email)])) as Record<
      EmailableKind,
      boolean
    >,
    digest: user.digestOptIn,
  };
}

export async function saveEmailPreferences(userId: string, email: EmailableKind[], digest: boolean) {
  await db.$transaction([
    ...emailableKinds.map((kind) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, email: email.includes(kind) },
        update: { email: email.includes(kind) },
      }),
    ),
    db.user.update({ where: { id: userId }, data: { digestOptIn: digest } }),
  ]);
}

/**
 * Emails each person who opted in a digest of their unread notifications of
 * the last 24 hours, in their language. Returns how many emails were sent.
 */
export async function sendDigests(origin: string, now = new Date()) {
  const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const people = await db.user.findMany({
    where: {
      digestOptIn: true,
      disabledAt: null,
      notifications: { some: { readAt: null, createdAt: { gte: since } } },
    },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      notifications: {
        where: { readAt: null, createdAt: { gte: since } },
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { kind: true, data: true },
      },
    },
  });
  for (const p of people) {
    const t = getFixedT(isLocale(p.locale) ? p.locale : "en", "notifications");
    const items = p.notifications.map((n) => t(`kinds.${n.kind}`, n.data as Record<string, string>));
    await sendDigestEmail(p, items, `${origin}/${isLocale(p.locale) ? p.locale : "en"}/notifications`);
  }
  return people.length;
}
