import type { SiteRole } from "#app/generated/prisma/client.ts";
import { db } from "#app/utils/db.server.ts";
import { pageCount, pageWindow } from "#app/utils/pagination.ts";
import { invalidateUserSessions } from "#app/utils/session.server.ts";
import { PAGE_SIZE } from "./admin.schema.ts";

export async function siteCounts() {
  const [users, organisations, unverified, outbox] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.user.count({ where: { emailVerifiedAt: null } }),
    db.outboxEmail.count(),
  ]);
  return { users, organisations, unverified, outbox };
}

/** Users whose name or email contains `q` (case-insensitive), newest first. */
export async function listUsers(q: string, page: number) {
  const where = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" as const } },
          { email: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      ...pageWindow(page, PAGE_SIZE),
      select: {
        id: true,
        name: true,
        email: true,
        siteRole: true,
        emailVerifiedAt: true,
        disabledAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { users, total, pageCount: pageCount(total, PAGE_SIZE) };
}

export function setSiteRole(userId: string, role: SiteRole) {
  return db.user.update({ where: { id: userId }, data: { siteRole: role } });
}

/** Disabling also ends every session of the user at once. */
export async function setDisabled(userId: string, disabled: boolean) {
  await db.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
  if (disabled) await invalidateUserSessions(userId);
}

export async function listOrganisations(q: string, page: number) {
  const where = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" as const } },
          { city: { contains: q, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [total, organisations] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: { name: "asc" },
      ...pageWindow(page, PAGE_SIZE),
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        country: true,
        city: true,
        _count: { select: { memberships: true } },
      },
    }),
  ]);
  return { organisations, total, pageCount: pageCount(total, PAGE_SIZE) };
}

/** Outbox emails, newest first, optionally only those to addresses containing `q`. */
export async function listOutbox(q: string, page: number) {
  const where = q ? { to: { contains: q, mode: "insensitive" as const } } : {};
  const [total, emails] = await Promise.all([
    db.outboxEmail.count({ where }),
    db.outboxEmail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      ...pageWindow(page, PAGE_SIZE),
      select: {
        id: true,
        to: true,
        subject: true,
        kind: true,
        locale: true,
        createdAt: true,
        sentAt: true,
        error: true,
      },
    }),
  ]);
  return { emails, total, pageCount: pageCount(total, PAGE_SIZE) };
}

export function getOutboxEmail(id: string) {
  return db.outboxEmail.findUnique({ where: { id } });
}
