import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { ContactForm } from "#app/modules/contacts/components/contact-form.tsx";
import { requireContactOrg } from "#app/modules/contacts/contacts-page.server.ts";
import { CreateContactSchema } from "#app/modules/contacts/contacts.schema.ts";
import { createContact, ownerOptions } from "#app/modules/contacts/contacts.server.ts";
import { DirectoryQuerySchema } from "#app/modules/directory/directory.schema.ts";
import { getProfile, searchDirectory } from "#app/modules/directory/directory.server.ts";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { countryName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["contacts", "directory"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { user, ctx } = await requireContactOrg(request, context);
  if (!ctx) throw redirect(`/${locale}/contacts`);
  const url = new URL(request.url);
  const find = (url.searchParams.get("find") ?? "").trim().slice(0, 100);
  const linkSlug = url.searchParams.get("link") ?? "";
  const linked = linkSlug ? await getProfile(linkSlug) : null;
  const found = find ? await searchDirectory(DirectoryQuerySchema.parse({ q: find }), locale) : null;
  return {
    title: getFixedT(locale, "contacts")("new.title"),
    locale,
    org: ctx.org,
    find,
    found: found?.hits.filter((h) => h.id !== ctx.org.id).slice(0, 10).map((h) => ({ slug: h.slug, name: h.name, place: `${h.city}, ${countryName(h.country, locale)}` })) ?? null,
    linked: linked && linked.id !== ctx.org.id ? { slug: linked.slug, name: linked.name, country: linked.country } : null,
    owners: await ownerOptions(ctx.org.id),
    me: user.id,
    countryNames: Object.fromEntries(countries.map((c) => [c, countryName(c, locale)])),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user, ctx } = await requireContactOrg(request, context);
  if (!ctx) throw redirect(`/${locale}/contacts`);
  const submission = parseWithZod(await readForm(request), { schema: CreateContactSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const r = await createContact(ctx.org.id, user.id, submission.value);
  if (!r.ok) return data({ result: submission.reply({ fieldErrors: { [r.field === "linkedOrgSlug" ? "personName" : r.field]: [r.error] } }) }, { status: 400 });
  return redirect(`/${locale}/contacts/${r.id}?notice=created`);
}

export default function NewContact() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const orgQ = `org=${encodeURIComponent(d.org.slug)}`;
  return (
    <div className="page narrow-page">
      <p><Link to={`/${d.locale}/contacts?${orgQ}`}>{t("back")}</Link></p>
      <p className="eyebrow">{d.org.name}</p>
      <h1>{t("new.title")}</h1>
      {!d.linked ? (
        <section className="panel" aria-labelledby="find-title">
          <h2 id="find-title">{t("new.fromDirectory")}</h2>
          <Form method="get" role="search" className="search-form">
            <input type="hidden" name="org" value={d.org.slug} />
            <label htmlFor="find">{t("new.find")}</label>
            <input id="find" name="find" type="search" defaultValue={d.find} />
            <button type="submit" className="button button-secondary">{t("new.search")}</button>
          </Form>
          {d.found ? (
            d.found.length ? (
              <ul className="plain-list">
                {d.found.map((f) => (
                  <li key={f.slug}>
                    <Link to={`?${orgQ}&link=${encodeURIComponent(f.slug)}`}>{f.name}</Link> <span className="muted">· {f.place}</span>
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
