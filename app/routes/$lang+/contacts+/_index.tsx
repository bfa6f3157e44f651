import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { ContactsToolbar } from "#app/modules/contacts/components/contact-bits.tsx";
import { ContactsBoard } from "#app/modules/contacts/components/contacts-board.tsx";
import { ContactsTable } from "#app/modules/contacts/components/contacts-table.tsx";
import { boardIntents } from "#app/modules/contacts/contacts-actions.server.ts";
import { contactsPage } from "#app/modules/contacts/contacts-page.server.ts";
import { dayDate } from "#app/modules/contacts/contacts.schema.ts";
import { dispatchIntent } from "#app/utils/action.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return contactsPage(await requireViewer(request, context), request.url, routeLocale(params));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const viewer = await requireViewer(request, context);
  return dispatchIntent(request, boardIntents, { viewer, locale: routeLocale(params), url: request.url });
}

export default function Contacts() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  if (!d.org) {
    return (
      <div className="page">
        <h1>{t("title")}</h1>
        <div className="callout">
          <p>{t("noOrg")}</p>
          <p>
            <Link className="button" to={`/${d.locale}/orgs/new`}>
              {t("createOrg")}
            </Link>{" "}
            <Link to={`/${d.locale}/partners`}>{t("browseDirectory")}</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <p className="eyebrow">{d.org.name}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {d.orgs.length > 1 ? (
        <Form method="get" className="inline-form org-switch">
          <label htmlFor="org-switch">{t("switchOrg")}</label>
          <select id="org-switch" name="org" defaultValue={d.org.slug}>
            {d.orgs.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
          <input type="hidden" name="view" value={d.view} />
          <button type="submit" className="button button-small button-secondary">
            {t("switch")}
          </button>
        </Form>
      ) : null}
      <ContactsToolbar locale={d.locale} org={d.org.slug} view={d.view} incoming={d.incoming} />

      <section aria-labelledby="due-title" className="panel">
        <h2 id="due-title">{t("due.title")}</h2>
        {d.due.length ? (
          <ul className="plain-list due-list">
            {d.due.map((c) => (
              <li key={c.id}>
                <time dateTime={c.due!} className={c.overdue ? "overdue" : undefined}>
                  {formatDate(dayDate(c.due!), d.locale)}
                </time>
                {c.overdue ? <span className="badge badge-warn">{t("due.overdue")}</span> : null}{" "}
                <Link to={`/${d.locale}/contacts/${c.id}`}>{c.label}</Link>: {c.nextStep}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("due.none")}</p>
        )}
      </section>

      {d.view === "board" ? (
        <ContactsBoard columns={d.columns} truncated={d.truncated} locale={d.locale} />
      ) : d.table ? (
        <ContactsTable table={d.table} query={d.query} org={d.org.slug} owners={d.owners} locale={d.locale} />
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
