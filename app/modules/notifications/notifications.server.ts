import { db, database } from "#app/utils/db.server.ts";

/** What each kind of notification carries; rendered in the reader's language by the list. */
export type NotificationData = {
  contactRequest: { requestId: string; fromOrg: string; toOrg: string; toOrgSlug: string; sender: string };
  contactAccepted: { requestId: string; fromOrg: string; toOrg: string; fromOrgSlug: string; contactId?: string };
  contactDeclined: { requestId: string; fromOrg: string; toOrg: string; fromOrgSlug: string };
};
export type NotificationKind = keyof NotificationData;

export const NOTIFICATION_PAGE_SIZE = 30;

/** Writes the same notification for several people (one row each). */
export async function notify<K extends NotificationKind>(userIds: string[], kind: K, data: NotificationData[K]) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await db.notification.createMany({ data: unique.map((userId) => ({ userId, kind, data })) });
}

/** Unread notifications of a user; one indexed count, cheap enough for every signed-in page. */
export async function unreadCount(userId: string): Promise<number> {
  const [row] = await database().query<{ n: number }>(
    `select count(*)::int as n from "Notification" where "userId" = $1 and "readAt" is null`,
    [userId],
  );
  return row?.n ?? 0;
}

export async function listNotifications(userId: string, page: number) {
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
      select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId } }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / NOTIFICATION_PAGE_SIZE)) };
}

/** Marks one (or, without an id, every) notification of the user read; never touches another user's. */
export async function markRead(userId: string, id?: string) {
  const r = await db.notification.updateMany({
    where: { userId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: new Date() },
  });
  return r.count;
}
