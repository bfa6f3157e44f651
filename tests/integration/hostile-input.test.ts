import { beforeAll, describe, expect, test } from "vitest";
import { addMember, createOrg, createUser } from "#tests/factories.ts";
import { callRoute } from "#tests/route.ts";
import { createContact } from "#app/modules/contacts/contacts.server.ts";
import { ContactFieldsSchema } from "#app/modules/contacts/contacts.schema.ts";
import { loader as logoLoader } from "#app/routes/logo.$slug.tsx";
import { action as accountAction } from "#app/routes/$lang+/account.tsx";
import { loader as outboxLoader } from "#app/routes/$lang+/admin+/outbox_.$id.tsx";
import { loader as certificateLoader } from "#app/routes/$lang+/certificates.$id.tsx";
import { action as contactAction, loader as contactLoader } from "#app/routes/$lang+/contacts+/$id.tsx";
import { action as boardAction, loader as boardLoader } from "#app/routes/$lang+/contacts+/_index.tsx";
import { loader as exportLoader } from "#app/routes/$lang+/contacts+/export.tsx";
import { action as newContactAction } from "#app/routes/$lang+/contacts+/new.tsx";
import { loader as categoryLoader } from "#app/routes/$lang+/forum+/$category.tsx";
import { loader as feedLoader } from "#app/routes/$lang+/forum+/$category_.feed.tsx";
import { action as newTopicAction } from "#app/routes/$lang+/forum+/new.tsx";
import { loader as searchLoader } from "#app/routes/$lang+/forum+/search.tsx";
import { loader as topicLoader } from "#app/routes/$lang+/forum+/t.$topic.tsx";
import { action as loginAction } from "#app/routes/$lang+/login.tsx";
import { action as orgNewAction } from "#app/routes/$lang+/orgs+/new.tsx";
import { loader as orgLoader } from "#app/routes/$lang+/orgs+/$slug.tsx";
import { loader as partnersLoader } from "#app/routes/$lang+/partners+/_index.tsx";
import { action as partnerAction, loader as partnerLoader } from "#app/routes/$lang+/partners+/$slug.tsx";
import { action as signupAction } from "#app/routes/$lang+/signup.tsx";
import { db } from "#app/utils/db.server.ts";
import en from "../../public/locales/en/common.json" with { type: "json" };
import enValidation from "../../public/locales/en/validation.json" with { type: "json" };

// The bad-input cases of issue 17 (and a few more of the same kinds), each
// through the real loader or action: every one must be a 400 or 404 with a
// translated message, never a 500.

async function world() {
  const admin = await createUser({ name: "Input Admin" });
  const org = await createOrg(admin.id, "Input Hub");
  const member = await createUser({ name: "Input Member" });
  await addMember(org.id, member.id);
  const siteAdmin = await createUser({ siteRole: "ADMIN" });
  const created = await createContact(org.id, admin.id, ContactFieldsSchema.parse({ personName: "Kristiina Laur" }));
  if (!created.ok) throw new Error("setup");
  const category = await db.forumCategory.create({
    data: {
      slug: "general",
      order: 1,
      visibility: "PUBLIC",
      text: { en: { name: "General", description: "General things" } },
    },
  });
  return { admin, member, siteAdmin, org, contactId: created.id, category };
}
let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

const NUL = "\u0000";
type Outcome = Awaited<ReturnType<typeof callRoute>>;
type Case = { name: string; run: () => Promise<Outcome>; status: 400 | 404; message?: string };

/** The error text a 400 from validation shows: one of its i18n keys. */
function fieldErrors(o: Outcome): string[] {
  const result = (o.data as { result?: { error?: Record<string, string[] | null> } } | null)?.result;
  return Object.values(result?.error ?? {})
    .flat()
    .filter((x): x is string => typeof x === "string");
}

const cases: Case[] = [
  // A NUL byte in a text field: the database refuses 0x00.
  {
    name: "NUL in a contact's person name",
    run: () =>
      callRoute(newContactAction, {
        userId: w.admin.id,
        path: `/en/contacts/new?org=${w.org.slug}`,
        params: { lang: "en" },
        form: { intent: "create", personName: `Kris${NUL}tiina` },
      }),
    status: 400,
    message: "validation:controlCharacters",
  },
  {
    name: "NUL in a contact note",
    run: () =>
      callRoute(contactAction, {
        userId: w.admin.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: { intent: "note", text: `Met${NUL}`, occurredOn: "2026-01-05" },
      }),
    status: 400,
    message: "validation:controlCharacters",
  },
  {
    name: "NUL in the account name",
    run: () =>
      callRoute(accountAction, {
        userId: w.member.id,
        path: "/en/account",
        params: { lang: "en" },
        form: { intent: "profile", name: `Nora${NUL}`, locale: "en" },
      }),
    status: 400,
    message: "validation:controlCharacters",
  },
  {
    name: "NUL in an organisation name",
    run: () =>
      callRoute(orgNewAction, {
        userId: w.member.id,
        path: "/en/orgs/new",
        params: { lang: "en" },
        form: { name: `Hub${NUL}`, type: "HUB", country: "EE", city: "Tallinn" },
      }),
    status: 400,
    message: "validation:controlCharacters",
  },
  {
    name: "other control characters in a topic title",
    run: () =>
      callRoute(newTopicAction, {
        userId: w.member.id,
        path: "/en/forum/new",
        params: { lang: "en" },
        form: {
          intent: "create",
          categoryId: w.category.id,
          title: "Bell \u0007 title here",
          language: "en",
          body: "Some body text",
        },
      }),
    status: 400,
    message: "validation:controlCharacters",
  },
  {
    name: "NUL in an id sent by a form",
    run: () =>
      callRoute(boardAction, {
        userId: w.admin.id,
        path: `/en/contacts?org=${w.org.slug}`,
        params: { lang: "en" },
        form: { intent: "move", contactId: `${w.contactId}${NUL}`, stage: "MET" },
      }),
    status: 400,
  },
  // %00 in a slug or id of the URL.
  { name: "/logo/%00", run: () => callRoute(logoLoader, { path: "/logo/%00", params: { slug: NUL } }), status: 404 },
  {
    name: "/logo/<slug>%00.png",
    run: () =>
      callRoute(logoLoader, { path: `/logo/${w.org.slug}%00.png`, params: { slug: `${w.org.slug}${NUL}.png` } }),
    status: 404,
  },
  {
    name: "/en/partners/%00",
    run: () => callRoute(partnerLoader, { path: "/en/partners/%00", params: { lang: "en", slug: NUL } }),
    status: 404,
  },
  {
    name: "/en/partners/<slug>%00x",
    run: () =>
      callRoute(partnerLoader, {
        path: `/en/partners/${w.org.slug}%00x`,
        params: { lang: "en", slug: `${w.org.slug}${NUL}x` },
      }),
    status: 404,
  },
  {
    name: "POST /en/partners/<slug>%00",
    run: () =>
      callRoute(partnerAction, {
        userId: w.admin.id,
        path: `/en/partners/${w.org.slug}%00`,
        params: { lang: "en", slug: `${w.org.slug}${NUL}` },
        form: { intent: "requestContact" },
      }),
    status: 404,
  },
  {
    name: "/en/orgs/%00",
    run: () => callRoute(orgLoader, { userId: w.admin.id, path: "/en/orgs/%00", params: { lang: "en", slug: NUL } }),
    status: 404,
  },
  {
    name: "/en/contacts/%00",
    run: () =>
      callRoute(contactLoader, { userId: w.admin.id, path: "/en/contacts/%00", params: { lang: "en", id: NUL } }),
    status: 404,
  },
  {
    name: "/en/contacts?org=%00",
    run: () => callRoute(boardLoader, { userId: w.admin.id, path: "/en/contacts?org=%00", params: { lang: "en" } }),
    status: 404,
  },
  {
    name: "/en/contacts/export?org=%00",
    run: () =>
      callRoute(exportLoader, { userId: w.admin.id, path: "/en/contacts/export?org=%00", params: { lang: "en" } }),
    status: 404,
  },
  {
    name: "/en/certificates/%00",
    run: () => callRoute(certificateLoader, { path: "/en/certificates/%00", params: { lang: "en", id: NUL } }),
    status: 404,
  },
  {
    name: "/en/forum/%00",
    run: () => callRoute(categoryLoader, { path: "/en/forum/%00", params: { lang: "en", category: NUL } }),
    status: 404,
  },
  {
    name: "/en/forum/%00/feed",
    run: () => callRoute(feedLoader, { path: "/en/forum/%00/feed", params: { lang: "en", category: NUL } }),
    status: 404,
  },
  {
    name: "/en/admin/outbox/%00",
    run: () =>
      callRoute(outboxLoader, {
        userId: w.siteAdmin.id,
        path: "/en/admin/outbox/%00",
        params: { lang: "en", id: NUL },
      }),
    status: 404,
  },
  // A topic number beyond the database's integer range.
  {
    name: "/en/forum/t/99999999999",
    run: () =>
      callRoute(topicLoader, { path: "/en/forum/t/99999999999", params: { lang: "en", topic: "99999999999" } }),
    status: 404,
  },
  // A JSON body sent to a form route.
  ...(["login", "signup", "contacts/new"] as const).map((route): Case => ({
    name: `JSON body to /en/${route}`,
    run: () => {
      const handler = route === "login" ? loginAction : route === "signup" ? signupAction : newContactAction;
      const body = JSON.stringify({ email: "a@example.org", password: "x", personName: "A" });
      return callRoute(handler, {
        userId: route === "contacts/new" ? w.admin.id : null,
        path: `/en/${route}?org=${w.org.slug}`,
        params: { lang: "en" },
        raw: { contentType: "application/json", body },
      });
    },
    status: 400,
  })),
  {
    name: "a form content type with a body that is not one",
    run: () =>
      callRoute(loginAction, {
        path: "/en/login",
        params: { lang: "en" },
        raw: { contentType: "multipart/form-data; boundary=x", body: "not multipart" },
      }),
    status: 400,
  },
  // An integer beyond the database's range.
  {
    name: "version=99999999999999999999999 on a contact update",
    run: () =>
      callRoute(contactAction, {
        userId: w.admin.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: {
          intent: "update",
          version: "99999999999999999999999",
          personName: "Kristiina Laur",
          stage: "MET",
          source: "OTHER",
        },
      }),
    status: 400,
    message: "validation:invalid",
  },
  {
    name: "version=2147483648 (one past the integer column) on a contact update",
    run: () =>
      callRoute(contactAction, {
        userId: w.admin.id,
        path: `/en/contacts/${w.contactId}`,
        params: { lang: "en", id: w.contactId },
        form: { intent: "update", version: "2147483648", personName: "Kristiina Laur", stage: "MET", source: "OTHER" },
      }),
    status: 400,
    message: "validation:invalid",
  },
];

describe("hostile input gives 400 or 404 with a translated message, never 500", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const outcome = await c.run();
    expect(outcome.status).toBe(c.status);
    if (c.message) {
      expect(fieldErrors(outcome)).toContain(c.message);
      expect(enValidation).toHaveProperty(c.message.replace("validation:", ""));
    } else if (outcome.data && typeof outcome.data === "object" && "reason" in outcome.data) {
      // A thrown response, shown by the error boundary with the errors.<status> texts.
      expect(en.errors).toHaveProperty(String(c.status));
    }
  });

  test("search boxes and filters drop control characters instead of failing", async () => {
    for (const [loader, path] of [
      [partnersLoader, "/en/partners?q=%00&city=%00"],
      [searchLoader, "/en/forum/search?q=a%00b&category=%00"],
      [boardLoader, `/en/contacts?org=${w.org.slug}&q=%00&owner=%00&tag=%00`],
    ] as const) {
      const outcome = await callRoute(loader, { userId: w.admin.id, path, params: { lang: "en" } });
      expect(outcome.status, path).toBe(200);
    }
  });
});

describe("one-line fields store one line", () => {
  test("CR/LF in person, organisation and topic names become a space", async () => {
    const r = await callRoute(newContactAction, {
      userId: w.admin.id,
      path: `/en/contacts/new?org=${w.org.slug}`,
      params: { lang: "en" },
      form: { intent: "create", personName: "Eve\r\nBcc: all@example.org", organisationName: "Evil\nCorp" },
    });
    expect(r.status).toBe(302);
    const contact = await db.cooperationContact.findFirstOrThrow({
      where: { orgId: w.org.id, personName: { startsWith: "Eve" } },
    });
    expect(contact.personName).toBe("Eve Bcc: all@example.org");
    expect(contact.organisationName).toBe("Evil Corp");

    const o = await callRoute(orgNewAction, {
      userId: w.member.id,
      path: "/en/orgs/new",
      params: { lang: "en" },
      form: { name: "Line\r\nBreak Hub", type: "HUB", country: "EE", city: "Tallinn" },
    });
    expect(o.status).toBe(302);
    expect(await db.organisation.count({ where: { name: "Line Break Hub" } })).toBe(1);

    const t = await callRoute(newTopicAction, {
      userId: w.member.id,
      path: "/en/forum/new",
      params: { lang: "en" },
      form: {
        intent: "create",
        categoryId: w.category.id,
        title: "Two\r\nlines\u2028here",
        language: "en",
        body: "A body that keeps\r\nits line breaks",
      },
    });
    expect(t.status).toBe(302);
    const topic = await db.forumTopic.findFirstOrThrow({
      where: { title: { startsWith: "Two" } },
      include: { posts: true },
    });
    expect(topic.title).toBe("Two lines here");
    expect(topic.posts[0].body).toBe("A body that keeps\nits line breaks");
  });
});
