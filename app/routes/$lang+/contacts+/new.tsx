import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { ContactForm } from "#app/modules/contacts/components/contact-form.tsx";
import { newContactPage, requireContactOrg } from "#app/modules/contacts/contacts-page.server.ts";
import { CreateContactSchema } from "#app/modules/contacts/contacts.schema.ts";
import { createContact } from "#app/modules/contacts/contacts.server.ts";
import { reply } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["contacts", "directory"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const page = await newContactPage(await requireViewer(request, context), request.url, locale);
  if (!page) throw redirect(`/${locale}/contacts`);
  return page;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user, ctx } = await requireContactOrg(request, context);
  if (!ctx) throw redirect(`/${locale}/contacts`);
  const submission = parseWithZod(await readForm(request), { schema: CreateContactSchema });
  if (submission.status !== "success") return reply(400, { result: submission.reply() });
  const r = await createContact(ctx.org.id, user.id, submission.value);
  if (!r.ok)
    return reply(400, {
      result: submission.reply({ fieldErrors: { [r.field === "linkedOrgSlug" ? "personName" : r.field]: [r.error] } }),
    });
  return redirect(`/${locale}/contacts/${r.id}?notice=created`);
}

export default function NewContact() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const orgQ = `org=${encodeURIComponent(d.org.slug)}`;
  return (
    <div className="page narrow-page">
      <p>
        <Link to={`/${d.locale}/contacts?${orgQ}`}>{t("back")}</Link>
      </p>
      <p className="eyebrow">{d.org.name}</p>
      <h1>{t("new.title")}</h1>
      {!d.linked ? (
        <section className="panel" aria-labelledby="find-title">
          <h2 id="find-title">{t("new.fromDirectory")}</h2>
          <Form method="get" role="search" className="search-form">
            <input type="hidden" name="org" value={d.org.slug} />
            <label htmlFor="find">{t("new.find")}</label>
            <input id="find" name="find" type="search" defaultValue={d.find} />
            <button type="submit" className="button button-secondary">
              {t("new.search")}
            </button>
          </Form>
          {d.found ? (
            d.found.length ? (
              <ul className="plain-list">
                {d.found.map((f) => (
                  <li key={f.slug}>
                    <Link to={`?${orgQ}&link=${encodeURIComponent(f.slug)}`}>{f.name}</Link>{" "}
                    <span className="muted">· {f.place}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("new.noneFound")}</p>
            )
          ) : null}
          <p className="field-hint">{t("new.externalHint")}</p>
        </section>
      ) : null}
      <ContactForm
        id="new-contact"
        intent="create"
        defaults={{
          linkedOrgSlug: d.linked?.slug ?? "",
          organisationName: d.linked?.name ?? "",
          country: d.linked?.country ?? "",
          stage: "IDENTIFIED",
          source: d.linked ? "DIRECTORY" : "OTHER",
          ownerId: d.me,
        }}
        lastResult={actionData?.result}
        owners={d.owners}
        countryNames={d.countryNames}
        linkedOrgName={d.linked?.name}
        submitLabel={t("new.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
