import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useFetcher, useLoaderData, useLocation } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { ContactsToolbar, MoveForm, contactLabel } from "#app/modules/contacts/components/contact-bits.tsx";
import { requireContactAccess, requireContactOrg } from "#app/modules/contacts/contacts-page.server.ts";
import { ContactListQuerySchema, MoveSchema, dayDate, dayString, sources, stages, today, type Stage } from "#app/modules/contacts/contacts.schema.ts";
import { boardContacts, dueThisWeek, listContacts, moveContact, ownerOptions, type ContactRow } from "#app/modules/contacts/contacts.server.ts";
import { countPendingIncoming } from "#app/modules/contacts/contact-requests.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { countryName } from "#app/utils/intl.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { notFound } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const t = getFixedT(locale, "contacts");
  const { ctx } = await requireContactOrg(request, context);
  const query = ContactListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (!ctx) return { title: t("title"), locale, org: null, orgs: [], query, view: query.view, columns: [], table: null, due: [], owners: [], incoming: 0, truncated: false };
  const now = new Date();
  const day = today(now);
  const [board, table, due, owners, incoming] = await Promise.all([
    query.view === "board" ? boardContacts(ctx.org.id, query) : null,
    query.view === "table" ? listContacts(ctx.org.id, query) : null,
    dueThisWeek(ctx.org.id, day),
    ownerOptions(ctx.org.id),
    countPendingIncoming(ctx.org.id, now),
  ]);
  const row = (c: ContactRow) => ({
    id: c.id,
    label: contactLabel(c),
    stage: c.stage,
    owner: c.owner?.name ?? null,
    tags: c.tags,
    source: c.source,
    country: c.country ?? c.linkedOrg?.country ?? null,
    countryName: (c.country ?? c.linkedOrg?.country) ? countryName((c.country ?? c.linkedOrg?.country)!, locale) : null,
    nextStep: c.nextStep,
    due: c.nextStepDue ? dayString(c.nextStepDue) : null,
    overdue: !!c.nextStepDue && c.nextStepDue < day,
    updatedAt: c.updatedAt,
  });
  return {
    title: t("titleOrg", { org: ctx.org.name }),
    locale,
    org: ctx.org,
    orgs: ctx.orgs,
    query,
    view: query.view,
    columns: board ? stages.map((s) => ({ stage: s, contacts: board.rows.filter((c) => c.stage === s).map(row) })) : [],
    truncated: board?.truncated ?? false,
    table: table ? { rows: table.rows.map(row), total: table.total, pageCount: table.pageCount } : null,
    due: due.map(row),
    owners,
    incoming,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: MoveSchema });
  if (submission.status !== "success") return data({ ok: false }, { status: 400 });
  const { user, org } = await requireContactAccess(request, context, submission.value.contactId);
  if (!(await moveContact(org.id, submission.value.contactId, submission.value.stage, user.id))) throw notFound();
  // Back to the same view: without JavaScript the browser follows it; with it, Remix revalidates.
  return redirect(`/${locale}/contacts?${new URL(request.url).searchParams}`);
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
            <Link className="button" to={`/${d.locale}/orgs/new`}>{t("createOrg")}</Link>{" "}
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
            {d.orgs.map((o) => <option key={o.slug} value={o.slug}>{o.name}</option>)}
          </select>
          <input type="hidden" name="view" value={d.view} />
          <button type="submit" className="button button-small button-secondary">{t("switch")}</button>
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

      {d.view === "board" ? <Board /> : <Table />}
    </div>
  );
}

function Board() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const fetcher = useFetcher();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const pending = fetcher.formData ? { id: String(fetcher.formData.get("contactId")), stage: String(fetcher.formData.get("stage")) } : null;
  // While a move is in flight the card already shows in its new column.
  const columns = d.columns.map((col) => ({
    ...col,
    contacts: [
      ...col.contacts.filter((c) => !(pending && c.id === pending.id && pending.stage !== col.stage)),
      ...(pending && pending.stage === col.stage
        ? d.columns.flatMap((o) => o.contacts).filter((c) => c.id === pending.id && c.stage !== col.stage)
        : []),
    ],
  }));
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">{t("board.title")}</h2>
      <p className="field-hint">{t("board.hint")}</p>
      {d.truncated ? <p className="notice notice-info">{t("board.truncated")}</p> : null}
      <div className="board">
        {columns.map((col) => (
          <section
            key={col.stage}
            className={`board-column${over === col.stage ? " drop-target" : ""}`}
            aria-labelledby={`col-${col.stage}`}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              setOver(col.stage);
            }}
            onDragLeave={() => setOver((s) => (s === col.stage ? null : s))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              if (dragging) fetcher.submit({ intent: "move", contactId: dragging, stage: col.stage }, { method: "post" });
              setDragging(null);
            }}
          >
            <h3 id={`col-${col.stage}`}>
              {t(`stages.${col.stage}`)} <span className="count">{col.contacts.length}</span>
            </h3>
            <ul className="board-cards">
              {col.contacts.map((c) => (
                <li
                  key={c.id}
                  className="board-card"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData("text/plain", c.id);
                    setDragging(c.id);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  <Link to={`/${d.locale}/contacts/${c.id}`}>{c.label}</Link>
                  {c.countryName ? <span className="muted"> · {c.countryName}</span> : null}
                  {c.owner ? <p className="muted small">{t("board.owner", { name: c.owner })}</p> : null}
                  {c.nextStep ? (
                    <p className="small">
                      {c.nextStep}
                      {c.due ? <> · <time dateTime={c.due} className={c.overdue ? "overdue" : undefined}>{formatDate(dayDate(c.due), d.locale)}</time></> : null}
                    </p>
                  ) : null}
                  <MoveForm contactId={c.id} stage={c.stage} label={c.label} />
                </li>
              ))}
            </ul>
            {col.contacts.length === 0 ? <p className="muted small">{t("board.emptyColumn")}</p> : null}
          </section>
        ))}
      </div>
    </section>
  );
}

function Table() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const { pathname, search } = useLocation();
  const sortHref = (key: string) => {
    const p = new URLSearchParams(search);
    const same = d.query.sort === key;
    p.set("sort", key);
    p.set("dir", same && d.query.dir === "asc" ? "desc" : "asc");
    p.delete("page");
    return `${pathname}?${p}`;
  };
  const ariaSort = (key: string) => (d.query.sort === key ? (d.query.dir === "asc" ? "ascending" : "descending") : undefined);
  const table = d.table!;
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t("table.title", { count: table.total })}</h2>
      <Form method="get" className="filters" role="search">
        <input type="hidden" name="org" value={d.org!.slug} />
        <input type="hidden" name="view" value="table" />
        <div className="field">
          <label htmlFor="f-q">{t("table.search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={d.query.q} />
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t("fields.stage")}</label>
          <select id="f-stage" name="stage" defaultValue={d.query.stage ?? ""}>
            <option value="">{t("table.any")}</option>
            {stages.map((s) => <option key={s} value={s}>{t(`stages.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-owner">{t("fields.owner")}</label>
          <select id="f-owner" name="owner" defaultValue={d.query.owner ?? ""}>
            <option value="">{t("table.any")}</option>
            {d.owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-source">{t("fields.source")}</label>
          <select id="f-source" name="source" defaultValue={d.query.source ?? ""}>
            <option value="">{t("table.any")}</option>
            {sources.map((s) => <option key={s} value={s}>{t(`sources.${s}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">{t("fields.tag")}</label>
          <input id="f-tag" name="tag" type="text" defaultValue={d.query.tag ?? ""} />
        </div>
        <button type="submit" className="button button-secondary">{t("table.filter")}</button>
      </Form>
      {table.rows.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort("name")}><Link to={sortHref("name")}>{t("fields.name")}</Link></th>
                <th scope="col" aria-sort={ariaSort("stage")}><Link to={sortHref("stage")}>{t("fields.stage")}</Link></th>
                <th scope="col">{t("fields.owner")}</th>
                <th scope="col">{t("fields.nextStep")}</th>
                <th scope="col" aria-sort={ariaSort("due")}><Link to={sortHref("due")}>{t("fields.nextStepDue")}</Link></th>
                <th scope="col">{t("fields.tags")}</th>
                <th scope="col" aria-sort={ariaSort("updated")}><Link to={sortHref("updated")}>{t("table.updated")}</Link></th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((c) => (
                <tr key={c.id}>
                  <td><Link to={`/${d.locale}/contacts/${c.id}`}>{c.label}</Link>{c.countryName ? <span className="muted"> · {c.countryName}</span> : null}</td>
                  <td>{t(`stages.${c.stage}`)}</td>
                  <td>{c.owner ?? "—"}</td>
                  <td>{c.nextStep ?? "—"}</td>
                  <td>{c.due ? <time dateTime={c.due} className={c.overdue ? "overdue" : undefined}>{formatDate(dayDate(c.due), d.locale)}</time> : "—"}</td>
                  <td>{c.tags.join(", ")}</td>
                  <td>{formatDate(c.updatedAt, d.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("table.empty")}</p>
      )}
      <Pagination page={d.query.page} pageCount={table.pageCount} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
