import { hash, verify } from "@node-rs/argon2";
import { Prisma } from "#app/generated/prisma/client.ts";
import { sendAccountEmail } from "#app/modules/email/templates.server.ts";
import { db } from "#app/utils/db.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import { invalidateUserSessions } from "#app/utils/session.server.ts";
import { hashToken, newToken } from "#app/utils/token.server.ts";

// OWASP's argon2id minimum (19 MiB, 2 passes): ~40 ms here, slow enough for attackers.
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;
const HOUR = 60 * 60 * 1000;
export const VERIFY_TTL_MS = 48 * HOUR;
export const RESET_TTL_MS = 1 * HOUR;

export const hashPassword = (password: string) => hash(password, ARGON);

// Compared against when the email is unknown, so both paths cost one argon2 verify.
let dummyHash: Promise<string> | undefined;

async function issueEmailToken(userId: string, kind: "VERIFY_EMAIL" | "RESET_PASSWORD") {
  const { token, tokenHash } = newToken();
  const ttl = kind === "VERIFY_EMAIL" ? VERIFY_TTL_MS : RESET_TTL_MS;
  // A new link replaces older unused ones of the same kind.
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } }),
    db.emailToken.create({ data: { userId, kind, tokenHash, expiresAt: new Date(Date.now() + ttl) } }),
  ]);
  return token;
}

/** Marks a token used exactly once; returns its user id, or null if unknown, used or expired. */
export async function consumeEmailToken(token: string, kind: "VERIFY_EMAIL" | "RESET_PASSWORD", now = new Date()) {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const row = await db.emailToken.findUnique({ where: { tokenHash } });
  if (!row || row.kind !== kind) return null;
  const { count } = await db.emailToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? row.userId : null;
}

/** Whether a token is still usable (for showing the reset form before it is submitted). */
export async function isEmailTokenValid(token: string, kind: "VERIFY_EMAIL" | "RESET_PASSWORD", now = new Date()) {
  if (!token || token.length > 100) return false;
  const row = await db.emailToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return !!row && row.kind === kind && !row.usedAt && row.expiresAt > now;
}

export type SignupInput = { name: string; email: string; password: string; locale: Locale };

/**
 * Creates an account and sends the verification email. When the address
 * already has an account nothing changes and its owner gets an email saying
 * so (how to sign in or reset the password), so that the answer to the form
 * is the same either way: the page must not tell whether an address is
 * registered. Both paths hash the password, so they also take as long.
 */
export async function signUp(input: SignupInput, origin: string): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, locale: input.locale, consentAt: new Date() },
    });
    await sendVerificationEmail(user, origin);
    return { created: true };
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")) throw e;
    const owner = await db.user.findUnique({
      where: { email: input.email },
      select: { email: true, name: true, locale: true, disabledAt: true },
    });
    if (owner && !owner.disabledAt) await sendAccountEmail("signupExisting", owner, `${origin}/${owner.locale}/login`);
    return { created: false };
  }
}

export async function sendVerificationEmail(
  user: { id: string; email: string; name: string; locale: string },
  origin: string,
) {
  const token = await issueEmailToken(user.id, "VERIFY_EMAIL");
  await sendAccountEmail("verify", user, `${origin}/${user.locale}/verify-email/${token}`);
}

/** Verifies the address behind a link; returns the user or null. */
export async function verifyEmail(token: string) {
  const userId = await consumeEmailToken(token, "VERIFY_EMAIL");
  if (!userId) return null;
  return db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
}

/** The user for an email and password, or null; disabled accounts never sign in. */
export async function authenticate(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, locale: true },
  });
  if (!user) {
    await verify(await (dummyHash ??= hashPassword("not-a-real-password")), password).catch(() => false);
    return null;
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  if (!ok || user.disabledAt) return null;
  return user;
}

/** Sends a reset link when the account exists; says nothing either way. */
export async function requestPasswordReset(email: string, origin: string) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.disabledAt) return;
  const token = await issueEmailToken(user.id, "RESET_PASSWORD");
  await sendAccountEmail("reset", user, `${origin}/${user.locale}/reset-password/${token}`);
}

/** Sets a new password from a reset link and signs the user out everywhere. */
export async function resetPassword(token: string, password: string) {
  const userId = await consumeEmailToken(token, "RESET_PASSWORD");
  if (!userId) return null;
  const passwordHash = await hashPassword(password);
  // Reaching here proves control of the mailbox, so the address counts as verified too.
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, emailVerifiedAt: { set: new Date() } },
  });
  await invalidateUserSessions(userId);
  return user;
}

/** Changes the password after checking the current one; other sessions end. */
export async function changePassword(userId: string, current: string, next: string, keepSessionId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verify(user.passwordHash, current).catch(() => false))) return false;
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next) } });
  await invalidateUserSessions(userId, keepSessionId);
  return true;
}

export function updateProfile(userId: string, data: { name: string; locale: Locale }) {
  return db.user.update({ where: { id: userId }, data });
}

export function getAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true, createdAt: true },
  });
}

export async function listSessions(userId: string) {
  const sessions = await db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true, expiresAt: true },
  });
  // Sessions stored before server/client-ip.js may hold the IPv4-mapped form ("::ffff:127.0.0.1").
  return sessions.map((s) => ({
    ...s,
    ipAddress: s.ipAddress?.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1") ?? null,
  }));
}

/** Ends one of the user's own sessions (never someone else's). */
export function endOwnSession(userId: string, sessionId: string) {
  return db.session.deleteMany({ where: { id: sessionId, userId } });
}
