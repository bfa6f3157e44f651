import { Prisma, type OrgRole, type OrgType } from "#app/generated/prisma/client.ts";
import { sendTemplatedEmail } from "#app/modules/email/templates.server.ts";
import { db } from "#app/utils/db.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { findCity } from "#app/utils/reference/cities.server.ts";
import { slugify } from "#app/utils/reference/slug.ts";
import { hashToken, newToken } from "#app/utils/token.server.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type OrganisationInput = { name: string; type: OrgType; country: string; city: string };

/**
 * Creates an organisation with its creator as org admin; the slug gets a
 * suffix if taken. A city found in the bundled list is stored under its
 * canonical name with its coordinates (the directory's map and search need them).
 */
export async function createOrganisation(userId: string, input: OrganisationInput) {
  const base = slugify(input.name);
  const city = findCity(input.country, input.city);
  const place = city ? { city: city.name, latitude: city.lat, longitude: city.lng } : {};
  for (let attempt = 0; attempt < 20; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    try {
      return await db.organisation.create({
        data: { ...input, ...place, slug, memberships: { create: { userId, role: "ADMIN" } } },
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
  throw new Error(`no free slug for ${base}`);
}

export function getOrganisationBySlug(slug: string) {
  return db.organisation.findUnique({ where: { slug } });
}

export function listMyOrganisations(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { org: { name: "asc" } },
    select: { role: true, org: { select: { id: true, slug: true, name: true } } },
  });
}

export function listMembers(orgId: string) {
  return db.membership.findMany({
    where: { orgId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export function listPendingInvitations(orgId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/**
 * Creates an invitation and returns its one-time link. With an email, the
 * link is also mailed and only that address can accept it. The caller has
 * checked that `actorId` may invite to this organisation.
 */
export async function createInvitation(opts: {
  org: { id: string; name: string };
  actor: { id: string; name: string };
  role: OrgRole;
  email?: string;
  origin: string;
  locale: Locale;
}) {
  const { token, tokenHash } = newToken();
  const invitation = await db.invitation.create({
    data: {
      orgId: opts.org.id,
      tokenHash,
      role: opts.role,
      email: opts.email ?? null,
      createdById: opts.actor.id,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    },
  });
  const link = `${opts.origin}/${opts.locale}/invite/${token}`;
  if (opts.email) {
    const existing = await db.user.findUnique({ where: { email: opts.email }, select: { locale: true } });
    await sendTemplatedEmail("invite", opts.email, existing?.locale ?? opts.locale, link, {
      org: opts.org.name,
      inviter: opts.actor.name,
    });
  }
  return { invitation, link };
}

/** The invitation behind a link, with its organisation, whatever its state. */
export function findInvitation(token: string) {
  if (!token || token.length > 100) return Promise.resolve(null);
  return db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { org: { select: { id: true, name: true, slug: true, city: true, country: true } } },
  });
}

export type InvitationState = "valid" | "expired" | "used" | "revoked";

export function invitationState(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (inv.revokedAt) return "revoked";
  if (inv.acceptedAt) return "used";
  if (inv.expiresAt <= now) return "expired";
  return "valid";
}

/**
 * Accepts an invitation for a user. Single use: the claim is one conditional
 * update, so two clicks (or two people) cannot both use it.
 */
export async function acceptInvitation(token: string, user: { id: string; email: string }, now = new Date()) {
  const inv = await findInvitation(token);
  if (!inv) return { ok: false as const, error: "invalid" as const };
  const state = invitationState(inv, now);
  if (state !== "valid") return { ok: false as const, error: state };
  if (inv.email && inv.email !== user.email) return { ok: false as const, error: "wrongAccount" as const };
  const existing = await db.membership.findUnique({ where: { userId_orgId: { userId: user.id, orgId: inv.orgId } } });
  if (existing) return { ok: true as const, org: inv.org, alreadyMember: true };
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: user.id },
    });
    if (count !== 1) return { ok: false as const, error: "used" as const };
    await tx.membership.create({ data: { userId: user.id, orgId: inv.orgId, role: inv.role } });
    return { ok: true as const, org: inv.org, alreadyMember: false };
  });
}

export async function revokeInvitation(orgId: string, invitationId: string) {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

const adminCount = (orgId: string) => db.membership.count({ where: { orgId, role: "ADMIN" } });

/** Removes another member. Refuses to remove the last org admin. */
export async function removeMember(orgId: string, membershipId: string, actorId: string) {
  const target = await db.membership.findFirst({ where: { id: membershipId, orgId } });
  if (!target) return { ok: false as const, error: "notFound" as const };
  if (target.userId === actorId) return { ok: false as const, error: "useLeave" as const };
  if (target.role === "ADMIN" && (await adminCount(orgId)) <= 1)
    return { ok: false as const, error: "lastAdmin" as const };
  await db.membership.delete({ where: { id: target.id } });
  return { ok: true as const };
}

/** Leaves an organisation; the last admin must hand over first (unless they are the only member). */
export async function leaveOrganisation(orgId: string, userId: string) {
  const membership = await db.membership.findUnique({ where: { userId_orgId: { userId, orgId } } });
  if (!membership) return { ok: false as const, error: "notFound" as const };
  if (membership.role === "ADMIN") {
    const [admins, members] = await Promise.all([adminCount(orgId), db.membership.count({ where: { orgId } })]);
    if (admins <= 1 && members > 1) return { ok: false as const, error: "lastAdmin" as const };
  }
  await db.membership.delete({ where: { id: membership.id } });
  return { ok: true as const };
}

/** Makes another member the org admin and the current admin a member, in one transaction. */
export async function transferAdmin(orgId: string, fromUserId: string, toMembershipId: string) {
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({ where: { id: toMembershipId, orgId } });
    if (!target || target.userId === fromUserId) return { ok: false as const, error: "notFound" as const };
    await tx.membership.update({ where: { id: target.id }, data: { role: "ADMIN" } });
    await tx.membership.updateMany({ where: { orgId, userId: fromUserId }, data: { role: "MEMBER" } });
    return { ok: true as const };
  });
}
