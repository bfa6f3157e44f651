import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { z } from "zod";
import { db, jsonColumn, queryRows } from "./db.server.ts";
import { env } from "./env.server.ts";

// Sessions follow Lucia's written guide (docs/decisions/003-sessions.md):
// the cookie holds "<id>.<secret>", the database only SHA-256(secret).
export const SESSION_COOKIE = "portolan_session";
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
/** A session used within the last half of its lifetime is extended (sliding expiry). */
const RENEW_WHEN_LEFT_MS = 15 * DAY;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  siteRole: "USER" | "MODERATOR" | "ADMIN";
  emailVerifiedAt: Date | null;
  /** Unread in-app notifications, read with the session (no extra round trip). */
  unreadNotifications?: number;
  /** The user's organisations and role in each, read with the session (the access module's viewer). */
  memberships?: { orgId: string; role: "MEMBER" | "ADMIN" }[];
};
export type CurrentSession = { id: string; expiresAt: Date; user: SessionUser; renewed: boolean };

function randomSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

const hashSecret = (secret: string) => sha256(new TextEncoder().encode(secret));

/** Creates a session and returns the token to put in the cookie. */
export async function createSession(
  userId: string,
  meta: { userAgent?: string | null; ipAddress?: string | null } = {},
): Promise<{ token: string; expiresAt: Date; id: string }> {
  const id = randomSecret();
  const secret = randomSecret();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await db.session.create({
    data: {
      id,
      secretHash: encodeHexLowerCase(hashSecret(secret)),
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
    },
  });
  return { token: `${id}.${secret}`, expiresAt, id };
}

/** The session row with its user, checked against the query's columns (one small object per request). */
const SessionRow = z.object({
  id: z.string(),
  secretHash: z.string(),
  expiresAtMs: z.number(),
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  siteRole: z.enum(["USER", "MODERATOR", "ADMIN"]),
  emailVerifiedAtMs: z.number().nullable(),
  disabled: z.boolean(),
  unread: z.number().int(),
  memberships: jsonColumn(z.array(z.object({ orgId: z.string(), role: z.enum(["MEMBER", "ADMIN"]) }))),
});

// Every signed-in request runs this, so it is one hand-written query: the
// Prisma query compiler showed up at ~15 % of CPU on signed-in pages.
const SESSION_SQL = `
  select s."id", s."secretHash", (extract(epoch from s."expiresAt") * 1000)::float8 as "expiresAtMs",
         u."id" as "userId", u."email", u."name", u."locale", u."siteRole"::text as "siteRole",
         (extract(epoch from u."emailVerifiedAt") * 1000)::float8 as "emailVerifiedAtMs",
         u."disabledAt" is not null as "disabled",
         (select count(*)::int from "Notification" n where n."userId" = u."id" and n."readAt" is null) as "unread",
         (select coalesce(json_agg(json_build_object('orgId', m."orgId", 'role', m."role"::text)), '[]'::json)
            from "Membership" m where m."userId" = u."id") as "memberships"
  from "Session" s join "User" u on u."id" = s."userId"
  where s."id" = $1`;

/** Checks a cookie token; returns null for unknown, tampered, expired or disabled-user sessions. */
export async function validateSessionToken(token: string, now = new Date()): Promise<CurrentSession | null> {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;
  const [row] = await queryRows(SessionRow, SESSION_SQL, [id]);
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), decodeHex(row.secretHash))) return null;
  // Prisma stores UTC in "timestamp without time zone"; epoch milliseconds avoid the driver's local-time parsing.
  let expiresAt = new Date(row.expiresAtMs);
  if (expiresAt.getTime() <= now.getTime() || row.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  let renewed = false;
  if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    renewed = true;
    await db.session.update({ where: { id }, data: { expiresAt, lastSeenAt: now } });
  }
  const user: SessionUser = {
    id: row.userId,
    email: row.email,
    name: row.name,
    locale: row.locale,
    siteRole: row.siteRole,
    emailVerifiedAt: row.emailVerifiedAtMs === null ? null : new Date(row.emailVerifiedAtMs),
    unreadNotifications: row.unread,
    memberships: row.memberships,
  };
  return { id, expiresAt, user, renewed };
}

export async function invalidateSession(id: string) {
  await db.session.deleteMany({ where: { id } });
}

/** Signs a user out everywhere, optionally keeping one session (the current one). */
export async function invalidateUserSessions(userId: string, exceptSessionId?: string) {
  await db.session.deleteMany({ where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) } });
}

function secureFlag(request: Request): boolean {
  const setting = env().COOKIE_SECURE;
  if (setting === "auto") return new URL(request.url).protocol === "https:";
  return setting === "true";
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    ...(secureFlag(request) ? ["Secure"] : []),
  ].join("; ");
}

export function clearSessionCookie(request: Request): string {
  return [
    `${SESSION_COOKIE}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(secureFlag(request) ? ["Secure"] : []),
  ].join("; ");
}

export function readSessionToken(request: Request): string | undefined {
  const header = request.headers.get("Cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return rest.join("=") || undefined;
  }
  return undefined;
}
