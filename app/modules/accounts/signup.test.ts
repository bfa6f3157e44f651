import { expect, test } from "vitest";
import { createUser, lastEmailLink } from "#tests/factories.ts";
import { action as signupAction } from "#app/routes/$lang+/signup.tsx";
import { loader as verifyLoader } from "#app/routes/$lang+/verify-email.$token.tsx";
import { db } from "#app/utils/db.server.ts";

/** The sign-up action's raw response, headers included (a cookie would tell a new address from a known one). */
async function signUpAs(email: string, clientIp: string) {
  const body = new URLSearchParams({ name: "Probe Person", email, password: "a long passphrase", locale: "en", consent: "on" });
  const request = new Request("http://portolan.test/en/signup", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
  const response = (await signupAction({ request, params: { lang: "en" }, context: { cspNonce: "", clientIp, responseHeaders: new Headers() } } as never)) as Response;
  return { status: response.status, location: response.headers.get("Location"), cookie: response.headers.get("Set-Cookie"), body: await response.text() };
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
  const result = (await verifyLoader({ request, params: { lang: "en", token }, context: { cspNonce: "", clientIp: "192.0.2.3", responseHeaders: new Headers() } } as never)) as {
    data: { verified: boolean; signedIn: boolean };
    init: { headers: Headers };
  };
  expect(result.data).toMatchObject({ verified: true, signedIn: true });
  expect(new Headers(result.init.headers).get("Set-Cookie")).toMatch(/^portolan_session=/);
  const user = await db.user.findUniqueOrThrow({ where: { email: "confirm-me@example.test" } });
  expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
});
