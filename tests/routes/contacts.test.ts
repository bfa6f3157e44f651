import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import {
  createContactRequest,
  decideContactRequest,
  listContactRequests,
} from "#app/modules/contacts/contact-requests.server.ts";
import { ContactFieldsSchema } from "#app/modules/contacts/contacts.schema.ts";
import { createContact } from "#app/modules/contacts/contacts.server.ts";
import { action as contactAction, loader as contactLoader } from "#app/routes/$lang+/contacts+/$id.tsx";
import { loader as vcardLoader } from "#app/routes/$lang+/contacts+/$id_.vcard.tsx";
import { action as boardAction, loader as boardLoader } from "#app/routes/$lang+/contacts+/_index.tsx";
import { loader as exportLoader } from "#app/routes/$lang+/contacts+/export.tsx";
import { action as requestsAction, loader as requestsLoader } from "#app/routes/$lang+/contacts+/requests.tsx";
import { action as profileAction, loader as profileLoader } from "#app/routes/$lang+/partners+/$slug.tsx";
import { db } from "#app/utils/db.server.ts";

// The contacts pages through their real loaders and actions: who may see and
// change a tracker, and the contact-request journey from a directory profile.

describe("contacts pages", () => {
  type World = Awaited<ReturnType<typeof world>>;

  async function world() {
    const admin = await createUser({ name: "Org Admin" });
    const member = await createUser({ name: "Org Member" });
    const otherAdmin = await createUser({ name: "Other Admin" });
    const siteAdmin = await createUser({ siteRole: "ADMIN", name: "Site Admin" });
    const org = await createOrg(admin.id, "Harbour Hub");
    await addMember(org.id, member.id);
    const other = await createOrg(otherAdmin.id, "Other Hub");
    const fields = ContactFieldsSchema.parse({
      personName: "Kristiina Laur",
      organisationName: "Emajõe Keskus",
      country: "EE",
      email: "k@example.org",
      stage: "MET",
      tags: "design, study-trip",
      nextStep: "Call",
      nextStepDue: "2026-12-01",
    });
    const created = await createContact(org.id, admin.id, fields);
    if (!created.ok) throw new Error("setup");
    return { admin, member, otherAdmin, siteAdmin, org, other, contactId: created.id };
  }

  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  describe("contacts: permission matrix through the real routes", () => {
    const who = () =>
      [
        ["org admin", w.admin.id, 200],
        ["member", w.member.id, 200],
        ["admin of another org", w.otherAdmin.id, 404],
        ["site admin who is not a member", w.siteAdmin.id, 404],
      ] as const;

    test("the contact page: members read it, everyone else gets 404 (no existence leak)", async () => {
      for (const [label, userId, status] of who()) {
        const r = await callRoute(contactLoader, {
          userId,
          path: `/en/contacts/${w.contactId}`,
          params: { lang: "en", id: w.contactId },
        });
        expect(r.status, label).toBe(status);
      }
      const unknown = await callRoute(contactLoader, {
        userId: w.otherAdmin.id,
        path: "/en/contacts/nope",
        params: { lang: "en", id: "nope" },
      });
      expect(unknown.status).toBe(404);
      const visitor = await callRoute(contactLoader, {
        userId: null,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
      });
      expect(visitor.status).toBe(302);
      expect(visitor.location).toContain("/en/login?redirectTo=");
    });

    test("vCard and CSV downloads follow the same rule", async () => {
      for (const [label, userId, status] of who()) {
        const r = await callRoute(vcardLoader, {
          userId,
          path: `/en/contacts/${w.contactId}/vcard`,
          params: { lang: "en", id: w.contactId },
        });
        expect(r.status, label).toBe(status);
        if (status === 200) expect(r.body).toContain("FN:Kristiina Laur");
      }
      const own = await callRoute(exportLoader, {
        userId: w.member.id,
        path: `/en/contacts/export?org=${w.org.slug}&format=csv`,
        params: { lang: "en" },
      });
      expect(own.body).toContain("Kristiina Laur");
      const foreign = await callRoute(exportLoader, {
        userId: w.otherAdmin.id,
        path: `/en/contacts/export?org=${w.org.slug}&format=csv`,
        params: { lang: "en" },
      });
      expect(foreign.status).toBe(404);
      // Without ?org the other admin gets their own (empty) list, never ours.
      const theirs = await callRoute(exportLoader, {
        userId: w.otherAdmin.id,
        path: `/en/contacts/export?format=csv`,
        params: { lang: "en" },
      });
      expect(theirs.body).not.toContain("Kristiina");
    });

    test("the board of another organisation is a 404", async () => {
      const r = await callRoute(boardLoader, {
        userId: w.otherAdmin.id,
        path: `/en/contacts?org=${w.org.slug}`,
        params: { lang: "en" },
      });
      expect(r.status).toBe(404);
      const mine = await callRoute(boardLoader, {
        userId: w.member.id,
        path: `/en/contacts?org=${w.org.slug}`,
        params: { lang: "en" },
      });
      const data = mine.data as { columns: { stage: string; contacts: { label: string }[] }[] };
      expect(data.columns.find((c) => c.stage === "MET")?.contacts.map((c) => c.label)).toEqual([
        "Kristiina Laur (Emajõe Keskus)",
      ]);
    });

    test("outsiders cannot change, annotate, move or delete; nothing changes", async () => {
      const before = await db.cooperationContact.findUniqueOrThrow({
        where: { id: w.contactId },
        include: { events: true },
      });
      const attempts: Record<string, string>[] = [
        { intent: "update", version: String(before.version), personName: "Hacked", stage: "DORMANT", source: "OTHER" },
        { intent: "note", text: "spam", occurredOn: "2026-11-01" },
        { intent: "delete" },
      ];
      for (const userId of [w.otherAdmin.id, w.siteAdmin.id]) {
        for (const form of attempts) {
          const r = await callRoute(contactAction, {
            userId,
            path: `/en/contacts/${w.contactId}`,
            params: { lang: "en", id: w.contactId },
            form,
          });
          expect(r.status, `${form.intent}`).toBe(404);
        }
        const move = await callRoute(boardAction, {
          userId,
          path: `/en/contacts`,
          params: { lang: "en" },
          form: { intent: "move", contactId: w.contactId, stage: "DORMANT" },
        });
        expect(move.status).toBe(404);
      }
      const visitor = await callRoute(contactAction, {
        userId: null,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: { intent: "delete" },
      });
      expect(visitor.status).toBe(302);
      const after = await db.cooperationContact.findUniqueOrThrow({
        where: { id: w.contactId },
        include: { events: true },
      });
      expect(after).toEqual(before);
    });

    test("a member moves a contact on the board; the timeline records it", async () => {
      const r = await callRoute(boardAction, {
        userId: w.member.id,
        path: `/en/contacts?org=${w.org.slug}`,
        params: { lang: "en" },
        form: { intent: "move", contactId: w.contactId, stage: "EXPLORING" },
      });
      expect(r.status).toBe(302);
      const c = await db.cooperationContact.findUniqueOrThrow({
        where: { id: w.contactId },
        include: { events: true },
      });
      expect(c.stage).toBe("EXPLORING");
      expect(
        c.events.some(
          (e) => e.kind === "STAGE" && e.fromStage === "MET" && e.toStage === "EXPLORING" && e.authorId === w.member.id,
        ),
      ).toBe(true);
    });
  });

  describe("contacts: editing", () => {
    test("an edit based on an old version gets 409 and writes nothing", async () => {
      const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
      const base = {
        intent: "update",
        personName: "Kristiina Laur",
        organisationName: "Emajõe Keskus",
        stage: c.stage,
        source: "OTHER",
      };
      const first = await callRoute(contactAction, {
        userId: w.admin.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: { ...base, version: String(c.version), role: "Director" },
      });
      expect(first.status).toBe(200);
      const stale = await callRoute(contactAction, {
        userId: w.member.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: { ...base, version: String(c.version), role: "Intern" },
      });
      expect(stale.status).toBe(409);
      expect((stale.data as { conflict: { values: { role: string } } }).conflict.values.role).toBe("Director");
      expect((await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } })).role).toBe("Director");
    });

    test("bad input is refused with field errors and saves nothing", async () => {
      const c = await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } });
      const r = await callRoute(contactAction, {
        userId: w.admin.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: {
          intent: "update",
          version: String(c.version),
          personName: "",
          organisationName: "",
          stage: "NOPE",
          email: "not-an-email",
          nextStepDue: "2026-02-30",
        },
      });
      expect(r.status).toBe(400);
      const errors = (r.data as { result: { error: Record<string, string[]> } }).result.error;
      expect(errors.stage).toEqual(["validation:choose"]);
      expect(errors.email?.[0]).toMatch(/^validation:/);
      expect(errors.nextStepDue).toEqual(["validation:date"]);
      expect(await db.cooperationContact.findUniqueOrThrow({ where: { id: w.contactId } })).toEqual(c);
    });
  });
});

describe("contact requests through the pages", () => {
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
      const mail = await db.outboxEmail.findFirstOrThrow({
        where: { to: w.receiverAdmin.email, kind: "contactRequest" },
      });
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
      const member = await callRoute(requestsAction, {
        userId: w.receiverMember.id,
        path: `/en/contacts/requests?org=${w.to.slug}`,
        params: { lang: "en" },
        form,
      });
      expect(member.status).toBe(403);
      const senderSide = await callRoute(requestsAction, {
        userId: w.senderAdmin.id,
        path: `/en/contacts/requests?org=${w.from.slug}`,
        params: { lang: "en" },
        form,
      });
      expect(senderSide.status).toBe(404);
      const stranger = await callRoute(requestsAction, {
        userId: w.stranger.id,
        path: `/en/contacts/requests?org=${w.to.slug}`,
        params: { lang: "en" },
        form,
      });
      expect(stranger.status).toBe(404);
      const list = await callRoute(requestsLoader, {
        userId: w.stranger.id,
        path: `/en/contacts/requests?org=${w.to.slug}`,
        params: { lang: "en" },
      });
      expect(list.status).toBe(404);
      expect((await db.contactRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    });

    test("accepting creates a contact on both boards and reveals addresses to both sides; a second accept changes nothing", async () => {
      const request = await db.contactRequest.findFirstOrThrow({ where: { toOrgId: w.to.id } });
      const r = await callRoute(requestsAction, {
        userId: w.receiverAdmin.id,
        path: `/en/contacts/requests?org=${w.to.slug}`,
        params: { lang: "en" },
        form: { intent: "accept", requestId: request.id },
      });
      expect(r.status).toBe(200);
      const theirs = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.to.id, requestId: request.id } });
      expect(theirs).toMatchObject({
        linkedOrgId: w.from.id,
        personName: "Sam Sender",
        email: "sam@sender.test",
        stage: "CONTACTED",
        source: "DIRECTORY",
      });
      const ours = await db.cooperationContact.findFirstOrThrow({ where: { orgId: w.from.id, requestId: request.id } });
      expect(ours).toMatchObject({
        linkedOrgId: w.to.id,
        personName: "Rita Receiver",
        email: "rita@receiver.test",
        ownerId: w.sender.id,
      });
      const lists = await listContactRequests(w.from.id);
      expect(lists.outgoing[0]).toMatchObject({
        status: "ACCEPTED",
        decidedBy: { email: "rita@receiver.test" },
        toOrg: { contactEmail: "hello@receiver.example" },
      });
      expect(await db.notification.count({ where: { userId: w.sender.id, kind: "contactAccepted" } })).toBe(1);
      expect(await db.outboxEmail.count({ where: { to: w.sender.email, kind: "contactAccepted" } })).toBe(1);
      const twice = await decideContactRequest({
        requestId: request.id,
        orgId: w.to.id,
        decider: w.receiverAdmin,
        accept: true,
        origin,
      });
      expect(twice).toEqual({ ok: false, error: "notPending" });
      expect(await db.cooperationContact.count({ where: { requestId: request.id } })).toBe(2);
    });
  });

  describe("profile page", () => {
    test("contact email and member names only for members of some organisation", async () => {
      const asVisitor = await callRoute(profileLoader, {
        path: `/en/partners/${w.to.slug}`,
        params: { lang: "en", slug: w.to.slug },
      });
      const visitorOrg = (
        asVisitor.data as { org: { contactEmail: string | null; members: unknown[]; memberCount: number } }
      ).org;
      expect(visitorOrg.contactEmail).toBeNull();
      expect(visitorOrg.members).toEqual([]);
      expect(visitorOrg.memberCount).toBe(2);
      const loner = await createUser();
      const asLoner = await callRoute(profileLoader, {
        userId: loner.id,
        path: `/en/partners/${w.to.slug}`,
        params: { lang: "en", slug: w.to.slug },
      });
      expect((asLoner.data as { org: { contactEmail: string | null } }).org.contactEmail).toBeNull();
      const asMember = await callRoute(profileLoader, {
        userId: w.sender.id,
        path: `/en/partners/${w.to.slug}`,
        params: { lang: "en", slug: w.to.slug },
      });
      const memberOrg = (asMember.data as { org: { contactEmail: string; members: { name: string }[] } }).org;
      expect(memberOrg.contactEmail).toBe("hello@receiver.example");
      expect(memberOrg.members.map((m) => m.name).sort()).toEqual(["Rita Receiver", "Rolf Member"]);
    });

    test("only site admins verify an organisation", async () => {
      const path = `/en/partners/${w.to.slug}`;
      const params = { lang: "en", slug: w.to.slug };
      expect(
        (await callRoute(profileAction, { userId: w.receiverAdmin.id, path, params, form: { intent: "verify" } }))
          .status,
      ).toBe(403);
      expect((await callRoute(profileAction, { userId: null, path, params, form: { intent: "verify" } })).status).toBe(
        302,
      );
      expect((await db.organisation.findUniqueOrThrow({ where: { id: w.to.id } })).verifiedAt).toBeNull();
      expect(
        (await callRoute(profileAction, { userId: w.siteAdmin.id, path, params, form: { intent: "verify" } })).status,
      ).toBe(200);
      expect((await db.organisation.findUniqueOrThrow({ where: { id: w.to.id } })).verifiedAt).not.toBeNull();
    });
  });
});
