import { parseWithZod } from "@conform-to/zod";
import { redirect } from "@remix-run/node";
import { notFound, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type ActionResult, type IntentHandler } from "#app/utils/action.server.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import type { ContactFormDefaults } from "./components/contact-form.tsx";
import { contactOrgFor, formDefaults } from "./contacts-page.server.ts";
import { DeleteSchema, MoveSchema, NoteSchema, UpdateContactSchema } from "./contacts.schema.ts";
import { addNote, deleteContact, moveContact, updateContact, type ContactOrg } from "./contacts.server.ts";

// The intents of the contacts pages, one small function each; the routes
// dispatch to them through `dispatchIntent`.

type SignedIn = Viewer & { user: SessionUser };

/** What a save that lost a race shows: the stored values beside what this person typed. */
type Conflict = { version: number; values: ContactFormDefaults; stage: string };
export type ContactActionResult = ActionResult<{ conflict: Conflict }>;

/** The board's one intent: a card moved to another stage (the select or a drag). Back to the same view afterwards. */
export const boardIntents: Record<string, IntentHandler<{ viewer: SignedIn; locale: string; url: string }>> = {
  move: async (form, { viewer, locale, url }) => {
    const submission = parseWithZod(form, { schema: MoveSchema });
    if (submission.status !== "success") return reply(400, { intent: "move" });
    const { contactId, stage } = submission.value;
    const org = await contactOrgFor(viewer, contactId);
    if (!(await moveContact(org.id, contactId, stage, viewer.user.id))) throw notFound();
    // Without JavaScript the browser follows the redirect; with it, Remix revalidates.
    return redirect(`/${locale}/contacts?${new URL(url).searchParams}`);
  },
};

type ContactCtx = { viewer: SignedIn; org: ContactOrg; id: string; locale: string };

/** The contact page's intents: edit, add a note, delete. */
export const contactIntents: Record<string, IntentHandler<ContactCtx>> = {
  delete: async (form, { org, id, locale }) => {
    parseWithZod(form, { schema: DeleteSchema });
    if (!(await deleteContact(org.id, id))) throw notFound();
    return redirect(`/${locale}/contacts?org=${org.slug}&notice=deleted`);
  },

  note: async (form, { viewer, org, id }) => {
    const submission = parseWithZod(form, { schema: NoteSchema });
    if (submission.status !== "success") return reply(400, { intent: "note", result: submission.reply() });
    if (!(await addNote(org.id, id, viewer.user.id, submission.value.text, submission.value.occurredOn)))
      throw notFound();
    return reply(200, { intent: "note", result: submission.reply({ resetForm: true }), notice: "noteAdded" });
  },

  update: async (form, { viewer, org, id }) => {
    const submission = parseWithZod(form, { schema: UpdateContactSchema });
    if (submission.status !== "success") return reply(400, { intent: "update", result: submission.reply() });
    const { version, intent: _intent, ...fields } = submission.value;
    const r = await updateContact(org.id, id, version, viewer.user.id, fields);
    if (r.ok) return reply(200, { intent: "update", notice: "saved" });
    if ("field" in r) {
      const field = r.field === "linkedOrgSlug" ? "personName" : r.field;
      return reply(400, { intent: "update", result: submission.reply({ fieldErrors: { [field]: [r.error] } }) });
    }
    if (r.error === "notFound") throw notFound();
    // Someone saved in between: keep what this person typed and show what is stored now.
    const conflict = { version: r.current.version, values: formDefaults(r.current), stage: r.current.stage };
    return reply<{ conflict: Conflict }>(409, { intent: "update", result: submission.reply(), conflict });
  },
};
