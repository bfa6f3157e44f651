import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { loader as profileLoader, action as profileAction } from "#app/routes/$lang+/partners+/$slug.tsx";
import { action as requestsAction, loader as requestsLoader } from "#app/routes/$lang+/contacts+/requests.tsx";
import { db } from "#app/utils/db.server.ts";
import { REQUEST_TTL_MS, createContactRequest, decideContactRequest, expireContactRequests, listContactRequests } from "./contact-requests.server.ts";

const origin = "http://portolan.test";
const message = "We plan a study trip in March and would like to visit you.";

async function world() {
  const senderAdmin = await createUser({ name: "Sender Admin" });
  const sender = await createUser({ name: "Sam Sender", email: "sam@sender.test" });
  const receiverAdmin = await createUser({ name: "Rita Receiver", email: "rita@receiver.test", locale: "et" });
  const receiverMember = await createUser({ name: "Rolf Member" });
  const stranger = await createUser({ name: "Stranger" });
  const siteAdmin = await createUser({ siteRole: "ADMIN" });
  const from = await createOrg(senderAdmin.id, "Harbour Sender Hub");
  await addMember(from.id, sender.id);
  const to = await createOrg(receiverAdmin.id, "Tallinn Receiver Loft");
  await addMember(to.id, receiverMember.id);
  await db.organisation.update({ where: { id: to.id }, data: { contactEmail: "hello@receiver.example" } });
  return { senderAdmin, sender, receiverAdmin, receiverMember, stranger, siteAdmin, from, to };
}
let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

describe("contact requests", () => {
  test("a member sends a request through the profile page; admins are notified in the app and by email, in their language", async () => {
    const r = await callRoute(profileAction, {
      userId: w.sender.id,
      path: `/en/partners/${w.to.slug}`,
      params: { lang: "en", slug: w.to.slug },
      form: { intent: "requestContact", fromOrgId: w.from.id, message, consent: "on" },
    });
    expect(r.status).toBe(200);
    const request = await db.contactRequest.findFirstOrThrow({ where: { fromOrgId: w.from.id, toOrgId: w.to.id } });
    expect(request.status).toBe("PENDING");
    const notes = await db.notification.findMany({ where: { kind: "contactRequest" } });
    expect(notes.map((n) => n.userId)).toEqual([w.receiverAdmin.id]);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: w.receiverAdmin.email, kind: "contactRequest" } });
    expect(mail.locale).toBe("et");
    expect(mail.text).toContain(message);
    // No address leaves either side before acceptance.
    expect(mail.text).not.toContain(w.sender.email);
    const pending = await listContactRequests(w.to.id);
    expect(pending.incoming[0]?.sender.email).toBeNull();
  });

  test("a second open request for the same pair is refused; consent and a member organisation are required", async () => {
    const again = await createContactRequest({ fromOrg: w.from, toOrg: w.to, sender: w.sender, message, origin });
    expect(again).toEqual({ ok: false, error: "alreadyPending" });
    const noConsent = await callRoute(profileAction, {
      userId: w.sender.id,
      path: `/en/partners/${w.to.slug}`,
      params: { lang: "en", slug: w.to.slug },
      form: { intent: "requestContact", fromOrgId: w.from.id, message },
    });
    expect(noConsent.status).toBe(400);
    // On behalf of an organisation the sender does not belong to: refused, nothing written.
    const count = await db.contactRequest.count();
    const foreign = await callRoute(profileAction, {
      userId: w.stranger.id,
      path: `/en/partners/${w.to.slug}`,
      params: { lang: "en", slug: w.to.slug },
      form: { intent: "requestContact", fromOrgId: w.from.id, message, consent: "on" },
    });
    expect(foreign.status).toBe(400);
    expect(await db.contactRequest.count()).toBe(count);
  });

  test("only the receiving organisation's admins may answer", async () => {
    const request = await db.contactRequest.findFirstOrThrow({ where: { toOrgId: w.to.id } });
    const form = { intent: "accept", requestId: request.id };
    const member = await callRoute(requestsAction, { userId: w.receiverMember.id, path: `/en/contacts/requests?org=${w.to.slug}`, params: { lang: "en" }, form });
    expect(member.status).toBe(403);
    const senderSide = await callRoute(requestsAction, { userId: w.senderAdmin.id, path: `/en/contacts/requests?org=${w.from.slug}`, params: { lang: "en" }, form });
    expect(senderSide.status).toBe(404);
    const stranger = await callRoute(requestsAction, { userId: w.stranger.id, path: `/en/contacts/requests?org=${w.to.slug}`, params: { lang: "en" }, form });
    expect(stranger.status).toBe(404);
    const list = await callRoute(requestsLoader, { userId: w.stranger.id, path: `/en/contacts/requests?org=${w.to.slug}`, params: { lang: "en" } });
    expect(list.status).toBe(404);
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  test("accepting creates a contact on both boards and reveals addresses to both sides; a second accept changes nothing", async () => {
    const request = await db.contactRequest.findFirstOrThrow({ where: { toOrgId: w.to.id } });
    const r = await callRoute(requestsAction, { userId: w.receiverAdmin.id, path: `/en/contacts/requests?org=${w.to.slug}`, params: { lang: "en" }, form: { intent: "accept", requestId: request.id } });
    expect(r.status).toBe(200);
    const theirs = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.to.id, requestId: request.id } });
    expect(theirs).toMatchObject({ linkedOrgId: w.from.id, personName: "Sam Sender", email: "sam@sender.test", stage: "CONTACTED", source: "DIRECTORY" });
    const ours = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.from.id, requestId: request.id } });
    expect(ours).toMatchObject({ linkedOrgId: w.to.id, personName: "Rita Receiver", email: "rita@receiver.test", ownerId: w.sender.id });
    const lists = await listContactRequests(w.from.id);
    expect(lists.outgoing[0]).toMatchObject({ status: "ACCEPTED", decidedBy: { email: "rita@receiver.test" }, toOrg: { contactEmail: "hello@receiver.example" } });
    expect(await db.notification.count({ where: { userId: w.sender.id, kind: "contactAccepted" } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: w.sender.email, kind: "contactAccepted" } })).toBe(1);
    const twice = await decideContactRequest({ requestId: request.id, orgId: w.to.id, decider: w.receiverAdmin, accept: true, origin });
    expect(twice).toEqual({ ok: false, error: "notPending" });
    expect(await db.cooperationContact.count({ where: { requestId: request.id } })).toBe(2);
  });

  test("a declined request shares nothing", async () => {
    const other = await createOrg(w.stranger.id, "Stranger Studio");
    const made = await createContactRequest({ fromOrg: other, toOrg: w.to, sender: w.stranger, message, origin });
    if (!made.ok) throw new Error("setup");
    expect(await decideContactRequest({ requestId: made.id, orgId: w.to.id, decider: w.receiverAdmin, accept: false, origin })).toEqual({ ok: true });
    expect(await db.cooperationContact.count({ where: { requestId: made.id } })).toBe(0);
    const list = await listContactRequests(other.id);
    expect(list.outgoing[0]).toMatchObject({ status: "DECLINED", toOrg: { contactEmail: null }, decidedBy: { email: null } });
  });

  test("pending requests expire after 30 days; the pair may then ask again", async () => {
    const org = await createOrg(w.stranger.id, "Slow Studio");
    const long = new Date(Date.now() - REQUEST_TTL_MS - 60_000);
    const made = await createContactRequest({ fromOrg: org, toOrg: w.to, sender: w.stranger, message, origin, now: long });
    if (!made.ok) throw new Error("setup");
    expect(await decideContactRequest({ requestId: made.id, orgId: w.to.id, decider: w.receiverAdmin, accept: true, origin })).toEqual({ ok: false, error: "notPending" });
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("EXPIRED");
    expect(await expireContactRequests()).toBe(0);
    const again = await createContactRequest({ fromOrg: org, toOrg: w.to, sender: w.stranger, message, origin });
    expect(again.ok).toBe(true);
  });
});

describe("profile page", () => {
  test("contact email and member names only for members of some organisation", async () => {
    const asVisitor = await callRoute(profileLoader, { path: `/en/partners/${w.to.slug}`, params: { lang: "en", slug: w.to.slug } });
    const visitorOrg = (asVisitor.data as { org: { contactEmail: string | null; members: unknown[]; memberCount: number } }).org;
    expect(visitorOrg.contactEmail).toBeNull();
    expect(visitorOrg.members).toEqual([]);
    expect(visitorOrg.memberCount).toBe(2);
    const loner = await createUser();
    const asLoner = await callRoute(profileLoader, { userId: loner.id, path: `/en/partners/${w.to.slug}`, params: { lang: "en", slug: w.to.slug } });
    expect((asLoner.data as { org: { contactEmail: string | null } }).org.contactEmail).toBeNull();
    const asMember = await callRoute(profileLoader, { userId: w.sender.id, path: `/en/partners/${w.to.slug}`, params: { lang: "en", slug: w.to.slug } });
    const memberOrg = (asMember.data as { org: { contactEmail: string; members: { name: string }[] } }).org;
    expect(memberOrg.contactEmail).toBe("hello@receiver.example");
    expect(memberOrg.members.map((m) => m.name).sort()).toEqual(["Rita Receiver", "Rolf Member"]);
  });

  test("only site admins verify an organisation", async () => {
    const path = `/en/partners/${w.to.slug}`;
    const params = { lang: "en", slug: w.to.slug };
    expect((await callRoute(profileAction, { userId: w.receiverAdmin.id, path, params, form: { intent: "verify" } })).status).toBe(403);
    expect((await callRoute(profileAction, { userId: null, path, params, form: { intent: "verify" } })).status).toBe(302);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: w.to.id } })).verifiedAt).toBeNull();
    expect((await callRoute(profileAction, { userId: w.siteAdmin.id, path, params, form: { intent: "verify" } })).status).toBe(200);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: w.to.id } })).verifiedAt).not.toBeNull();
  });
});
