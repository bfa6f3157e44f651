import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Field, FormErrors, Notice, TextareaField } from "#app/components/ui/field.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { ContactForm } from "#app/modules/contacts/components/contact-form.tsx";
import { ConflictNotice } from "#app/modules/contacts/components/conflict-notice.tsx";
import { contactIntents, type ContactActionResult } from "#app/modules/contacts/contacts-actions.server.ts";
import { contactOrgFor, contactPage } from "#app/modules/contacts/contacts-page.server.ts";
import { NoteSchema, dayDate } from "#app/modules/contacts/contacts.schema.ts";
import { dispatchIntent } from "#app/utils/action.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const id = routeParam(params, "id");
  return contactPage(await requireViewer(request, context), id, routeLocale(params));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const id = routeParam(params, "id");
  const viewer = await requireViewer(request, context);
  const org = await contactOrgFor(viewer, id);
  return dispatchIntent(request, contactIntents, { viewer, org, id, locale: routeLocale(params) });
}

export default function ContactPage() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ContactActionResult | undefined;
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
      <p>
        <Link to={`/${d.locale}/contacts?org=${d.org.slug}`}>{t("back")}</Link>
      </p>
      <p className="eyebrow">{d.org.name}</p>
      <h1>{c.label}</h1>
      <p>
        <span className="badge">{t(`stages.${c.stage}`)}</span>{" "}
        {c.linkedOrg ? (
          <Link to={`/${d.locale}/partners/${c.linkedOrg.slug}`}>
            {t("detail.directoryProfile", { org: c.linkedOrg.name })}
          </Link>
        ) : null}{" "}
        <a href={`/${d.locale}/contacts/${c.id}/vcard`} download>
          {t("detail.vcard")}
        </a>
      </p>
      {notice ? <Notice>{t(`detail.notice.${notice}`)}</Notice> : null}
      {conflict ? <ConflictNotice values={conflict.values} owners={d.owners} /> : null}
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
            <TextareaField
              label={t("detail.note")}
              textareaProps={{ ...getTextareaProps(note.text), rows: 3 }}
              errors={note.text.errors}
            />
            <Field
              label={t("detail.noteDate")}
              inputProps={getInputProps(note.occurredOn, { type: "date" })}
              errors={note.occurredOn.errors}
            />
            <button type="submit" className="button button-secondary">
              {t("detail.addNote")}
            </button>
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
            <button type="submit" className="button button-danger">
              {t("detail.delete")}
            </button>
          </Form>
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
