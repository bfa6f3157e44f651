import { describe, expect, test } from "vitest";
import { createUser } from "#tests/factories.ts";
import { db } from "./db.server.ts";
import {
  SESSION_LIFETIME_MS,
  createSession,
  invalidateSession,
  invalidateUserSessions,
  readSessionToken,
  validateSessionToken,
} from "./session.server.ts";

describe("sessions", () => {
  test("a new session validates and only the secret's hash is stored", async () => {
    const user = await createUser();
    const { token, id } = await createSession(user.id);
    const session = await validateSessionToken(token);
    expect(session?.user.id).toBe(user.id);
    const row = await db.session.findUniqueOrThrow({ where: { id } });
    const secret = token.split(".")[1];
    expect(row.secretHash).not.toContain(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a tampered secret or malformed token is refused", async () => {
    const user = await createUser();
    const { token } = await createSession(user.id);
    const [id, secret] = token.split(".");
    // Change the last character to a different one (a fixed "x" equals it one time in 32).
    const tampered = secret.slice(0, -1) + (secret.endsWith("x") ? "y" : "x");
    expect(await validateSessionToken(`${id}.${tampered}`)).toBeNull();
    expect(await validateSessionToken(id)).toBeNull();
    expect(await validateSessionToken(`${token}.extra`)).toBeNull();
    expect(await validateSessionToken(token)).not.toBeNull();
  });

  test("an expired session is refused and deleted", async () => {
    const user = await createUser();
    const { token, id } = await createSession(user.id);
    const later = new Date(Date.now() + SESSION_LIFETIME_MS + 1000);
    expect(await validateSessionToken(token, later)).toBeNull();
    expect(await db.session.findUnique({ where: { id } })).toBeNull();
  });

  test("a session used in the second half of its life is extended (sliding expiry)", async () => {
    const user = await createUser();
    const { token, expiresAt } = await createSession(user.id);
    const early = await validateSessionToken(token, new Date(Date.now() + 60_000));
    expect(early?.renewed).toBe(false);
    const lateNow = new Date(Date.now() + SESSION_LIFETIME_MS - 24 * 3600_000);
    const late = await validateSessionToken(token, lateNow);
    expect(late?.renewed).toBe(true);
    expect(late!.expiresAt.getTime()).toBeGreaterThan(expiresAt.getTime());
  });

  test("revocation: one session, or all but the current one", async () => {
    const user = await createUser();
    const a = await createSession(user.id);
    const b = await createSession(user.id);
    const c = await createSession(user.id);
    await invalidateSession(a.id);
    expect(await validateSessionToken(a.token)).toBeNull();
    await invalidateUserSessions(user.id, c.id);
    expect(await validateSessionToken(b.token)).toBeNull();
    expect(await validateSessionToken(c.token)).not.toBeNull();
  });

  test("a disabled user's sessions stop working", async () => {
    const user = await createUser();
    const { token } = await createSession(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await validateSessionToken(token)).toBeNull();
  });

  test("the cookie is read among others", () => {
    const request = new Request("http://x/", { headers: { Cookie: "lng=abc; portolan_session=id.secret; other=1" } });
    expect(readSessionToken(request)).toBe("id.secret");
    expect(readSessionToken(new Request("http://x/"))).toBeUndefined();
  });
});
