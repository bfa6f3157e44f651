import { Prisma } from "#app/generated/prisma/client.ts";
import { createContactFromRequest } from "./contacts.server.ts";
import { sendNoticeEmail } from "#app/modules/email/templates.server.ts";
import { notify } from "#app/modules/notifications/notifications.server.ts";
import { db } from "#app/utils/db.server.ts";

export const REQUEST_TTL_MS = 30 * 24 * 60 * 60 * 1000;

type Org = { id: string; name: string; slug: string; contactEmail?: string | null };
type Person = { id: string; name: string; email: string };

/**
 * Closes pending requests older than 30 days. Runs before every read and
 * write of requests, so an expired request never shows as pending and the
 * pair of organisations can ask again; no scheduler is needed.
 */
export async function expireContactRequests(now = new Date()) {
  const r = await db.contactRequest.updateMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    data: { status: "EXPIRED", pendingKey: null },
  });
  return r.count;
}

export type CreateRequestResult = { ok: true; id: string } | { ok: false; error: "sameOrg" | "alreadyPending" };

/**
 * Records a contact request from `fromOrg` (the sender is a member; the
 * caller checked) to `toOrg`, then tells the receiving org admins in the app
 * and by email. No email address leaves either side here.
 */
export async function createContactRequest(opts: {
  fromOrg: Org;
  toOrg: Org;
  sender: Person;
  message: string;
  origin: string;
  now?: Date;
}): Promise<CreateRequestResult> {
  const now = opts.now ?? new Date();
  if (opts.fromOrg.id === opts.toOrg.id) return { ok: false, error: "sameOrg" };
  await expireContactRequests(now);
  let id: string;
  try {
    ({ id } = await db.contactRequest.create({
      data: {
        fromOrgId: opts.fromOrg.id,
        toOrgId: opts.toOrg.id,
        senderId: opts.sender.id,
        message: opts.message,
        pendingKey: `${opts.fromOrg.id}:${opts.toOrg.id}`,
        createdAt: now,
        expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
      },
      select: { id: true },
    }));
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      return { ok: false, error: "alreadyPending" };
    throw e;
  }
  const admins = await orgAdmins(opts.toOrg.id);
  await notify(
    admins.map((a) => a.id),
    "contactRequest",
    {
      requestId: id,
      fromOrg: opts.fromOrg.name,
      toOrg: opts.toOrg.name,
      toOrgSlug: opts.toOrg.slug,
      sender: opts.sender.name,
    },
  );
  for (const a of admins) {
    await sendNoticeEmail("contactRequest", a, `${opts.origin}/${a.locale}/contacts/requests?org=${opts.toOrg.slug}`, {
      fromOrg: opts.fromOrg.name,
      toOrg: opts.toOrg.name,
      sender: opts.sender.name,
      message: opts.message,
    });
  }
  return { ok: true, id };
}

function orgAdmins(orgId: string) {
  return db.user.findMany({
    where: { memberships: { some: { orgId, role: "ADMIN" } }, disabledAt: null },
    select: { id: true, name: true, email: true, locale: true },
  });
}

/** Incoming and outgoing requests of one organisation (the caller checked membership). */
export async function listContactRequests(orgId: string, now = new Date()) {
  await expireContactRequests(now);
  const select = {
    id: true,
    message: true,
    status: true,
    createdAt: true,
    expiresAt: true,
    decidedAt: true,
    fromOrg: { select: { name: true, slug: true, contactEmail: true } },
    toOrg: { select: { name: true, slug: true, contactEmail: true } },
    sender: { select: { name: true, email: true } },
    decidedBy: { select: { name: true, email: true } },
  } as const;
  const [incoming, outgoing] = await Promise.all([
    db.contactRequest.findMany({ where: { toOrgId: orgId }, orderBy: { createdAt: "desc" }, take: 100, select }),
    db.contactRequest.findMany({ where: { fromOrgId: orgId }, orderBy: { createdAt: "desc" }, take: 100, select }),
  ]);
  // Addresses only once accepted: the request holds them, the page shows them only then.
  const redact = <T extends (typeof incoming)[number]>(r: T) =>
    r.status === "ACCEPTED"
      ? r
      : {
          ...r,
          fromOrg: { ...r.fromOrg, contactEmail: null },
          toOrg: { ...r.toOrg, contactEmail: null },
          sender: { ...r.sender, email: null },
          decidedBy: r.decidedBy ? { ...r.decidedBy, email: null } : null,
        };
  return { incoming: incoming.map(redact), outgoing: outgoing.map(redact) };
}

export type DecideResult = { ok: true } | { ok: false; error: "notFound" | "notPending" };

/**
 * Accepts or declines a pending request addressed to `orgId`. On accept both
 * organisations get a contact in their tracker (stage "contacted", source
 * "directory") carrying the other side's person and email. The status change
 * and both contacts are one transaction; a second accept finds nothing pending.
 */
export async function decideContactRequest(opts: {
  requestId: string;
  orgId: string;
  decider: Person;
  accept: boolean;
  origin: string;
  now?: Date;
}): Promise<DecideResult> {
  const now = opts.now ?? new Date();
  await expireContactRequests(now);
  const request = await db.contactRequest.findFirst({
    where: { id: opts.requestId, toOrgId: opts.orgId },
    include: {
      fromOrg: { select: { id: true, name: true, slug: true, country: true, contactEmail: true } },
      toOrg: { select: { id: true, name: true, slug: true, country: true, contactEmail: true } },
      sender: { select: { id: true, name: true, email: true, locale: true } },
    },
  });
  if (!request) return { ok: false, error: "notFound" };
  if (request.status !== "PENDING") return { ok: false, error: "notPending" };
  let senderContactId: string | undefined;
  const done = await db.$transaction(async (tx) => {
    const r = await tx.contactRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: {
        status: opts.accept ? "ACCEPTED" : "DECLINED",
        decidedAt: now,
        decidedById: opts.decider.id,
        pendingKey: null,
      },
    });
    if (r.count !== 1) return false;
    if (opts.accept) {
      await createContactFromRequest(tx, {
        orgId: request.toOrgId,
        requestId: request.id,
        linkedOrg: request.fromOrg,
        person: { name: request.sender.name, email: request.sender.email },
        ownerId: opts.decider.id,
        note: request.message,
        authorId: opts.decider.id,
        now,
      });
      senderContactId = await createContactFromRequest(tx, {
        orgId: request.fromOrgId,
        requestId: request.id,
        linkedOrg: request.toOrg,
        person: { name: opts.decider.name, email: opts.decider.email },
        ownerId: request.senderId,
        note: request.message,
        authorId: request.senderId,
        now,
      });
    }
    return true;
  });
  if (!done) return { ok: false, error: "notPending" };
  const kind = opts.accept ? "contactAccepted" : "contactDeclined";
  await notify([request.senderId], kind, {
    requestId: request.id,
    fromOrg: request.fromOrg.name,
    toOrg: request.toOrg.name,
    fromOrgSlug: request.fromOrg.slug,
    ...(senderContactId ? { contactId: senderContactId } : {}),
  });
  const link = senderContactId
    ? `${opts.origin}/${request.sender.locale}/contacts/${senderContactId}`
    : `${opts.origin}/${request.sender.locale}/contacts/requests?org=${request.fromOrg.slug}`;
  await sendNoticeEmail(kind, request.sender, link, {
    fromOrg: request.fromOrg.name,
    toOrg: request.toOrg.name,
    sender: request.sender.name,
  });
  return { ok: true };
}

/** Pending requests from any of `fromOrgIds` to one organisation (to show "request sent"). */
export async function pendingRequestsTo(toOrgId: string, fromOrgIds: string[], now = new Date()) {
  if (!fromOrgIds.length) return [];
  return db.contactRequest.findMany({
    where: { toOrgId, fromOrgId: { in: fromOrgIds }, status: "PENDING", expiresAt: { gt: now } },
    select: { fromOrgId: true, createdAt: true },
  });
}

/** Open requests addressed to an organisation (the tracker shows the number). */
export function countPendingIncoming(orgId: string, now = new Date()) {
  return db.contactRequest.count({ where: { toOrgId: orgId, status: "PENDING", expiresAt: { gt: now } } });
}
