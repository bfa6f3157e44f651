import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, Notice, TextareaField } from "#app/components/ui/field.tsx";
import { ContactForm, type ContactFormDefaults } from "#app/modules/contacts/components/contact-form.tsx";
import { contactLabel } from "#app/modules/contacts/components/contact-bits.tsx";
import { requireContactAccess } from "#app/modules/contacts/contacts-page.server.ts";
import { DeleteSchema, NoteSchema, UpdateContactSchema, dayDate, dayString } from "#app/modules/contacts/contacts.schema.ts";
import { addNote, deleteContact, getContact, ownerOptions, updateContact, type ContactDetail } from "#app/modules/contacts/contacts.server.ts";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { countryName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { notFound } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

function formDefaults(c: ContactDetail): ContactFormDefaults {
  return {
    linkedOrgSlug: c.linkedOrg?.slug ?? "",
    personName: c.personName,
    organisationName: c.organisationName,
    country: c.country ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    role: c.role ?? "",
    stage: c.stage,
    ownerId: c.ownerId ?? "",
    tags: c.tags.join(", "),
    nextStep: c.nextStep ?? "",
    nextStepDue: dayString(c.nextStepDue),
    source: c.source,
  };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { org } = await requireContactAccess(request, context, routeParam(params, "id"));
  const contact = await getContact(org.id, routeParam(params, "id"));
  if (!contact) throw notFound();
  return {
    title: contactLabel(contact),
    locale,
    org,
    contact: {
      id: contact.id,
      label: contactLabel(contact),
      version: contact.version,
      stage: contact.stage,
      linkedOrg: contact.linkedOrg,
      createdAt: contact.createdAt,
      events: contact.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        fromStage: e.fromStage,
        toStage: e.toStage,
        text: e.text,
        occurredOn: dayString(e.occurredOn),
        author: e.author?.name ?? null,
      })),
    },
    defaults: formDefaults(contact),
    owners: await ownerOptions(org.id),
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
    today: dayString(new Date()),
  };
}

type ActionResult = {
  intent: string;
  result?: SubmissionResult<string[]>;
  notice?: string;
  conflict?: { version: number; values: ContactFormDefaults; stage: string };
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const id = routeParam(params, "id");
  const { user, org } = await requireContactAccess(request, context, id);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "delete") {
    parseWithZod(form, { schema: DeleteSchema });
    if (!(await deleteContact(org.id, id))) throw notFound();
    return redirect(`/${locale}/contacts?org=${org.slug}&notice=deleted`);
  }
  if (intent === "note") {
    const submission = parseWithZod(form, { schema: NoteSchema });
    if (submission.status !== "success") return data<ActionResult>({ intent, result: submission.reply() }, { status: 400 });
    if (!(await addNote(org.id, id, user.id, submission.value.text, submission.value.occurredOn))) throw notFound();
    return data<ActionResult>({ intent, result: submission.reply({ resetForm: true }), notice: "noteAdded" });
  }
  const submission = parseWithZod(form, { schema: UpdateContactSchema });
  if (submission.status !== "success") return data<ActionResult>({ intent: "update", result: submission.reply() }, { status: 400 });
  const { version, intent: _intent, ...fields } = submission.value;
  const r = await updateContact(org.id, id, version, user.id, fields);
  if (r.ok) return data<ActionResult>({ intent: "update", notice: "saved" });
  if ("field" in r) return data<ActionResult>({ intent: "update", result: submission.reply({ fieldErrors: { [r.field === "linkedOrgSlug" ? "personName" : r.field]: [r.error] } }) }, { status: 400 });
  if (r.error === "notFound") throw notFound();
  // Someone saved in between: keep what this person typed and show what is stored now.
  return data<ActionResult>(
    { intent: "update", result: submission.reply(), conflict: { version: r.current.version, values: formDefaults(r.current), stage: r.current.stage } },
    { status: 409 },
  );
}

export default function ContactPage() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const [searchParams] = useSearchParams();
  const notice = actionData?.notice ?? (searchParams.get("notice") === "created" ? "created" : null);
  const [noteForm, note] = useForm({
    id: "note",
    lastResult: actionData?.intent === "note" ? actionData.result : undefined,
    defaultValue: { occurredOn: d.today },
    constraint: getZodConstraint(NoteSchema),
    shouldValidate: "onBlur",
    // Errors clear while typing, so the button never jumps away under the pointer on blur.
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NoteSchema }),
  });
  const c = d.contact;
  const conflict = actionData?.conflict;
  return (
    <div className="page">
      <p><Link to={`/${d.locale}/contacts?org=${d.org.slug}`}>{t("back")}</Link></p>
      <p className="eyebrow">{d.org.name}</p>
      <h1>{c.label}</h1>
      <p>
        <span className="badge">{t(`stages.${c.stage}`)}</span>{" "}
        {c.linkedOrg ? <Link to={`/${d.locale}/partners/${c.linkedOrg.slug}`}>{t("detail.directoryProfile", { org: c.linkedOrg.name })}</Link> : null}{" "}
        <a href={`/${d.locale}/contacts/${c.id}/vcard`} download>{t("detail.vcard")}</a>
      </p>
      {notice ? <Notice>{t(`detail.notice.${notice}`)}</Notice> : null}
      {conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t("detail.conflict")}</p>
          <dl className="meta-list">
            {Object.entries(conflict.values)
              .filter(([k, v]) => v && k !== "linkedOrgSlug")
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{t(`fields.${k}`)}</dt>
                  <dd>{k === "stage" ? t(`stages.${v}`) : k === "source" ? t(`sources.${v}`) : k === "ownerId" ? (d.owners.find((o) => o.id === v)?.name ?? v) : v}</dd>
                </div>
              ))}
          </dl>
        </div>
      ) : null}
      <div className="two-col contact-layout">
        <section aria-labelledby="edit-title" className="panel">
          <h2 id="edit-title">{t("detail.edit")}</h2>
          <ContactForm
            key={conflict ? `conflict-${conflict.version}` : `v-${c.version}`}
            id="edit-contact"
            intent="update"
            version={conflict?.version ?? c.version}
            defaults={d.defaults}
            lastResult={actionData?.intent === "update" ? actionData.result : undefined}
            owners={d.owners}
            countryNames={d.countryNames}
            linkedOrgName={c.linkedOrg?.name}
            submitLabel={conflict ? t("detail.saveAnyway") : t("detail.save")}
          />
        </section>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("detail.timeline")}</h2>
          <Form method="post" {...getFormProps(noteForm)} className="stack panel">
            <FormErrors errors={noteForm.errors} id={noteForm.errorId} />
            <input type="hidden" name="intent" value="note" />
            <TextareaField label={t("detail.note")} textareaProps={{ ...getTextareaProps(note.text), rows: 3 }} errors={note.text.errors} />
            <Field label={t("detail.noteDate")} inputProps={getInputProps(note.occurredOn, { type: "date" })} errors={note.occurredOn.errors} />
            <button type="submit" className="button button-secondary">{t("detail.addNote")}</button>
          </Form>
          <ol className="timeline">
            {c.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.occurredOn}>{formatDate(dayDate(e.occurredOn), d.locale)}</time>
                <p>
                  {e.kind === "NOTE"
                    ? e.text
                    : e.kind === "CREATED"
                      ? t("detail.event.created", { stage: t(`stages.${e.toStage}`) })
                      : t("detail.event.stage", { from: t(`stages.${e.fromStage}`), to: t(`stages.${e.toStage}`) })}
                </p>
                {e.author ? <p className="muted small">{e.author}</p> : null}
              </li>
            ))}
          </ol>
          <Form method="post" className="panel danger-zone">
            <input type="hidden" name="intent" value="delete" />
            <p>{t("detail.deleteHint")}</p>
            <button type="submit" className="button button-danger">{t("detail.delete")}</button>
          </Form>
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
