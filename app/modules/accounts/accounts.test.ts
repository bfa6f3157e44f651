import { describe, expect, test } from "vitest";
import { createUser, lastEmailLink, TEST_PASSWORD } from "#tests/factories.ts";
import { db } from "#app/utils/db.server.ts";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { createSession, validateSessionToken } from "#app/utils/session.server.ts";
import {
  RESET_TTL_MS,
  authenticate,
  changePassword,
  consumeEmailToken,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
} from "./accounts.server.ts";

const origin = "http://portolan.test";
const tokenOf = (link: string) => link.split("/").at(-1)!;

describe("sign-up and verification", () => {
  test("sign-up stores a hashed password and mails a verification link in the user's language", async () => {
    const result = await signUp(
      { name: "Rūta Kazlauskienė", email: "ruta@example.test", password: "a long passphrase", locale: "lt" },
      origin,
    );
    expect(result.created).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ruta@example.test" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    const { mail, link } = await lastEmailLink("ruta@example.test");
    expect(mail.locale).toBe("lt");
    expect(mail.subject).toBe(getFixedT("lt", "emails")("verify.subject"));
    expect(link).toMatch(new RegExp(`^${origin}/lt/verify-email/[a-z2-7]+$`));
  });

  test("the same address cannot sign up twice; its owner is told by email, in their language", async () => {
    const input = {
      name: "Jan Nowak",
      email: "jan@example.test",
      password: "a long passphrase",
      locale: "pl" as const,
    };
    expect((await signUp(input, origin)).created).toBe(true);
    const before = await db.user.findUniqueOrThrow({ where: { email: "jan@example.test" } });
    expect(
      await signUp({ ...input, name: "Someone Else", password: "another passphrase", locale: "de" }, origin),
    ).toEqual({ created: false });
    expect(await db.user.count({ where: { email: "jan@example.test" } })).toBe(1);
    const after = await db.user.findUniqueOrThrow({ where: { email: "jan@example.test" } });
    expect(after.passwordHash).toBe(before.passwordHash);
    const { mail, link } = await lastEmailLink("jan@example.test");
    expect(mail.kind).toBe("signupExisting");
    expect(mail.locale).toBe("pl");
    expect(mail.subject).toBe(getFixedT("pl", "emails")("signupExisting.subject"));
    expect(link).toBe(`${origin}/pl/login`);
  });

  test("a verification link works once", async () => {
    await signUp({ name: "Eva", email: "eva@example.test", password: "a long passphrase", locale: "sv" }, origin);
    const token = tokenOf((await lastEmailLink("eva@example.test")).link);
    expect((await verifyEmail(token))?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyEmail(token)).toBeNull();
  });
});

describe("sign-in", () => {
  test("right password signs in; wrong password, unknown or disabled account do not", async () => {
    const user = await createUser();
    expect((await authenticate(user.email, TEST_PASSWORD))?.id).toBe(user.id);
    expect(await authenticate(user.email, "wrong password!")).toBeNull();
    expect(await authenticate("nobody@example.test", TEST_PASSWORD)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(user.email, TEST_PASSWORD)).toBeNull();
  });
});

describe("password reset", () => {
  test("the link is single use and signs out every session", async () => {
    const user = await createUser({ locale: "de" });
    const { token: sessionToken } = await createSession(user.id);
    await requestPasswordReset(user.email, origin);
    const { mail, link } = await lastEmailLink(user.email);
    expect(mail.subject).toBe(getFixedT("de", "emails")("reset.subject"));
    const token = tokenOf(link);
    expect(await resetPassword(token, "a brand new passphrase")).not.toBeNull();
    expect(await resetPassword(token, "another passphrase!")).toBeNull();
    expect(await authenticate(user.email, "a brand new passphrase")).not.toBeNull();
    expect(await validateSessionToken(sessionToken)).toBeNull();
  });

  test("the link expires after an hour", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, origin);
    const token = tokenOf((await lastEmailLink(user.email)).link);
    expect(await consumeEmailToken(token, "RESET_PASSWORD", new Date(Date.now() + RESET_TTL_MS + 1000))).toBeNull();
    // A verification link cannot be used as a reset link either.
    expect(await consumeEmailToken(token, "VERIFY_EMAIL")).toBeNull();
  });

  test("a newer link replaces an older one", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email, origin);
    const first = tokenOf((await lastEmailLink(user.email)).link);
    await requestPasswordReset(user.email, origin);
    expect(await resetPassword(first, "a brand new passphrase")).toBeNull();
  });

  test("unknown addresses get no email and no error", async () => {
    const before = await db.outboxEmail.count();
    await requestPasswordReset("ghost@example.test", origin);
    expect(await db.outboxEmail.count()).toBe(before);
  });
});

describe("change password", () => {
  test("needs the current password and ends the other sessions", async () => {
    const user = await createUser();
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    expect(await changePassword(user.id, "not my password", "new passphrase 123", current.id)).toBe(false);
    expect(await changePassword(user.id, TEST_PASSWORD, "new passphrase 123", current.id)).toBe(true);
    expect(await validateSessionToken(current.token)).not.toBeNull();
    expect(await validateSessionToken(other.token)).toBeNull();
  });
});
