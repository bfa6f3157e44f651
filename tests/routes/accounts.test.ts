import { expect, test } from "vitest";
import { createUser, lastEmailLink, TEST_PASSWORD } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { action as accountAction, loader as accountLoader } from "#app/routes/$lang+/account.tsx";
import { action as forgotAction } from "#app/routes/$lang+/forgot-password.tsx";
import { action as loginAction } from "#app/routes/$lang+/login.tsx";
import { action as resetAction } from "#app/routes/$lang+/reset-password.$token.tsx";
import { action as signupAction } from "#app/routes/$lang+/signup.tsx";
import { loader as verifyLoader } from "#app/routes/$lang+/verify-email.$token.tsx";
import { db } from "#app/utils/db.server.ts";
import { clientKey } from "#app/utils/rate-limit.server.ts";
import { createSession } from "#app/utils/session.server.ts";

// Route-level tests of the account pages: sign-up, the confirmation link, sign-in limits, the reset link and the account page.

const signIn = (email: string, password: string, clientIp: string) =>
  callRoute(loginAction, { path: "/en/login", params: { lang: "en" }, form: { email, password }, clientIp });
const formErrors = (o: Awaited<ReturnType<typeof signIn>>) =>
  (o.data as { result?: { error?: Record<string, string[]> } }).result?.error?.[""] ?? [];

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

  await callRoute(forgotAction, {
    path: "/en/forgot-password",
    params: { lang: "en" },
    form: { email: owner.email },
    clientIp: "198.51.100.30",
  });
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

/** The sign-up action's raw response, headers included (a cookie would tell a new address from a known one). */
async function signUpAs(email: string, clientIp: string) {
  const body = new URLSearchParams({
    name: "Probe Person",
    email,
    password: "a long passphrase",
    locale: "en",
    consent: "on",
  });
  const request = new Request("http://portolan.test/en/signup", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  const response = (await signupAction({
    request,
    params: { lang: "en" },
    context: { cspNonce: "", clientIp, responseHeaders: new Headers() },
  })) as Response;
  return {
    status: response.status,
    location: response.headers.get("Location"),
    cookie: response.headers.get("Set-Cookie"),
    body: await response.text(),
  };
}

test("sign-up answers a known address exactly as a new one, and mails the owner instead", async () => {
  const owner = await createUser({ locale: "lt" });
  const known = await signUpAs(owner.email, "192.0.2.1");
  const fresh = await signUpAs("brand-new@example.test", "192.0.2.2");
  expect(known).toEqual(fresh);
  expect(fresh).toEqual({ status: 302, location: "/en/signup/sent", cookie: null, body: "" });

  const { mail } = await lastEmailLink(owner.email);
  expect(mail.kind).toBe("signupExisting");
  expect(mail.locale).toBe("lt");
  expect(mail.text).toContain("/lt/login");
  expect((await lastEmailLink("brand-new@example.test")).mail.kind).toBe("verify");
});

test("the confirmation link signs the new account in", async () => {
  await signUpAs("confirm-me@example.test", "192.0.2.3");
  const token = (await lastEmailLink("confirm-me@example.test")).link.split("/").at(-1)!;
  const request = new Request(`http://portolan.test/en/verify-email/${token}`);
  const result = (await verifyLoader({
    request,
    params: { lang: "en", token },
    context: { cspNonce: "", clientIp: "192.0.2.3", responseHeaders: new Headers() },
  })) as {
    data: { verified: boolean; signedIn: boolean };
    init: { headers: Headers };
  };
  expect(result.data).toMatchObject({ verified: true, signedIn: true });
  expect(new Headers(result.init.headers).get("Set-Cookie")).toMatch(/^portolan_session=/);
  const user = await db.user.findUniqueOrThrow({ where: { email: "confirm-me@example.test" } });
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
});

test("account page: each intent answers its own form; passwords never come back; another person's session cannot be ended", async () => {
  const owner = await createUser();
  const other = await createUser();
  const post = (form: Record<string, string>) =>
    callRoute(accountAction, { userId: owner.id, path: "/en/account", params: { lang: "en" }, form });
  expect(await post({ intent: "profile", name: "Renamed Person", locale: "de" })).toMatchObject({
    status: 200,
    data: { intent: "profile", notice: "profileSaved" },
  });
  expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).locale).toBe("de");
  const wrong = await post({
    intent: "password",
    currentPassword: "not my password",
    password: "a new long passphrase",
    confirm: "a new long passphrase",
  });
  expect(wrong).toMatchObject({
    status: 400,
    data: { intent: "password", result: { error: { currentPassword: ["validation:wrongPassword"] } } },
  });
  expect(JSON.stringify(wrong.data)).not.toContain("a new long passphrase");
  const differ = await post({
    intent: "password",
    currentPassword: TEST_PASSWORD,
    password: "a new long passphrase",
    confirm: "another passphrase",
  });
  expect(differ).toMatchObject({
    status: 400,
    data: { result: { error: { confirm: ["validation:passwordsDiffer"] } } },
  });
  const theirs = await createSession(other.id);
  expect(await post({ intent: "signOutSession", sessionId: theirs.id })).toMatchObject({
    status: 200,
    data: { notice: "sessionEnded" },
  });
  expect(await db.session.count({ where: { id: theirs.id } })).toBe(1);
  expect((await post({ intent: "nonsense" })).status).toBe(400);
  expect((await callRoute(accountLoader, { path: "/en/account", params: { lang: "en" } })).location).toBe(
    "/en/login?redirectTo=%2Fen%2Faccount",
  );
});
