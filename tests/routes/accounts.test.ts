import { expect, test } from "vitest";
import { createUser, lastEmailLink, TEST_PASSWORD } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { action as forgotAction } from "#app/routes/$lang+/forgot-password.tsx";
import { action as loginAction } from "#app/routes/$lang+/login.tsx";
import { action as resetAction } from "#app/routes/$lang+/reset-password.$token.tsx";
import { clientKey } from "#app/utils/rate-limit.server.ts";

const signIn = (email: string, password: string, clientIp: string) =>
  callRoute(loginAction, { path: "/en/login", params: { lang: "en" }, form: { email, password }, clientIp });
const formErrors = (o: Awaited<ReturnType<typeof signIn>>) => (o.data as { result?: { error?: Record<string, string[]> } }).result?.error?.[""] ?? [];

test("wrong passwords from one client lock out that client, not the owner elsewhere", async () => {
  const owner = await createUser();
  const attacker = "203.0.113.7";
  for (let i = 0; i < 5; i++) expect((await signIn(owner.email, "wrong password!", attacker)).status).toBe(400);
  // The attacker now waits, even with the right password...
  const blocked = await signIn(owner.email, TEST_PASSWORD, attacker);
  expect(blocked.status).toBe(429);
  expect(formErrors(blocked)).toEqual(["accounts:login.tooManyAttempts"]);
  // ...while the owner, on their own connection, signs in at once.
  const ok = await signIn(owner.email, TEST_PASSWORD, "198.51.100.20");
  expect(ok.status).toBe(302);
  // An IPv6 attacker cannot dodge the count by rotating addresses inside their /64.
  expect(clientKey("2001:db8:1:2::a")).toBe(clientKey("2001:db8:1:2:ffff::1"));
});

test("guessing from many addresses hits the account-wide cap; the emailed reset link lets the owner in", async () => {
  const owner = await createUser();
  for (let i = 0; i < 50; i++) await signIn(owner.email, "wrong password!", `192.0.2.${i + 1}`);
  const refused = await signIn(owner.email, TEST_PASSWORD, "198.51.100.30");
  expect(refused.status).toBe(429);
  expect(formErrors(refused)).toEqual(["accounts:login.tooManyAttempts"]);

  await callRoute(forgotAction, { path: "/en/forgot-password", params: { lang: "en" }, form: { email: owner.email }, clientIp: "198.51.100.30" });
  const { link } = await lastEmailLink(owner.email);
  const token = link.split("/").at(-1)!;
  const reset = await callRoute(resetAction, {
    path: `/en/reset-password/${token}`,
    params: { lang: "en", token },
    form: { password: "a new long passphrase", confirm: "a new long passphrase" },
    clientIp: "198.51.100.30",
  });
  expect(reset.status).toBe(302);
  expect(reset.location).toBe("/en/account?notice=passwordReset");
  // Signed in by the link, and password sign-in works again for the owner.
  expect((await signIn(owner.email, "a new long passphrase", "198.51.100.30")).status).toBe(302);
});
