import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { assertCan } from "#app/modules/access/access.server.ts";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { ContactsToolbar } from "#app/modules/contacts/components/contact-bits.tsx";
import { RequestDecision } from "#app/modules/contacts/components/request-decision.tsx";
import { decideContactRequest } from "#app/modules/contacts/contact-requests.server.ts";
import { contactOrgOf, requestsPage } from "#app/modules/contacts/contacts-page.server.ts";
import { DecideRequestSchema } from "#app/modules/contacts/contacts.schema.ts";
import { reply } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const page = await requestsPage(await requireViewer(request, context), request.url, locale);
  if (!page) throw redirect(`/${locale}/contacts`);
  return page;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const viewer = await requireViewer(request, context);
  const ctx = await contactOrgOf(viewer, request.url);
  if (!ctx) throw redirect(`/${routeLocale(params)}/contacts`);
  // Only the receiving organisation's admins answer for it.
  assertCan(viewer, "contacts:answer-request", { orgId: ctx.org.id });
  const submission = parseWithZod(await readForm(request), { schema: DecideRequestSchema });
  if (submission.status !== "success") return reply(400, { error: "invalid" });
  const { intent, requestId } = submission.value;
  const r = await decideContactRequest({
    requestId,
    orgId: ctx.org.id,
    decider: viewer.user,
    accept: intent === "accept",
    origin: publicOrigin(request),
  });
  if (!r.ok) return reply(r.error === "notFound" ? 404 : 409, { error: r.error });
  return reply(200, { notice: intent === "accept" ? "accepted" : "declined" });
}

export default function Requests() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <div className="page">
      <p className="eyebrow">{d.org.name}</p>
      <h1>{t("requests.title")}</h1>
      <ContactsToolbar locale={d.locale} org={d.org.slug} view="requests" />
      {a?.notice ? <Notice>{t(`requests.notice.${a.notice}`)}</Notice> : null}
      {a?.error ? (
        <p className="notice notice-error" role="alert">
          {t(`requests.error.${a.error}`)}
        </p>
      ) : null}
      <section aria-labelledby="incoming-title" className="page-section">
        <h2 id="incoming-title">{t("requests.incoming", { count: d.incoming.length })}</h2>
        {!d.canDecide ? <p className="muted">{t("requests.adminsDecide")}</p> : null}
        {d.incoming.length ? (
          <ul className="request-list">
            {d.incoming.map((r) => (
              <li key={r.id} className="panel">
                <h3>
                  <Link to={`/${d.locale}/partners/${r.fromOrg.slug}`}>{r.fromOrg.name}</Link>{" "}
                  <span className={`badge status-${r.status.toLowerCase()}`}>{t(`requests.status.${r.status}`)}</span>
                </h3>
                <p className="muted">
                  {t("requests.sentBy", { name: r.sender.name, date: formatDate(r.createdAt, d.locale) })}
                </p>
                <blockquote>{r.message}</blockquote>
                {r.status === "ACCEPTED" ? (
                  <p>
                    {t("requests.reach")} <a href={`mailto:${r.sender.email}`}>{r.sender.email}</a>
                    {r.fromOrg.contactEmail ? (
                      <>
                        {" "}
                        · <a href={`mailto:${r.fromOrg.contactEmail}`}>{r.fromOrg.contactEmail}</a>
                      </>
                    ) : null}
                  </p>
                ) : null}
                {r.status === "PENDING" ? (
                  <>
                    <p className="muted small">{t("requests.expires", { date: formatDate(r.expiresAt, d.locale) })}</p>
                    {d.canDecide ? <RequestDecision requestId={r.id} orgName={r.fromOrg.name} /> : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("requests.noneIncoming")}</p>
        )}
      </section>
      <section aria-labelledby="outgoing-title" className="page-section">
        <h2 id="outgoing-title">{t("requests.outgoing", { count: d.outgoing.length })}</h2>
        {d.outgoing.length ? (
          <ul className="request-list">
            {d.outgoing.map((r) => (
              <li key={r.id} className="panel">
                <h3>
                  <Link to={`/${d.locale}/partners/${r.toOrg.slug}`}>{r.toOrg.name}</Link>{" "}
                  <span className={`badge status-${r.status.toLowerCase()}`}>{t(`requests.status.${r.status}`)}</span>
                </h3>
                <p className="muted">
                  {t("requests.sentBy", { name: r.sender.name, date: formatDate(r.createdAt, d.locale) })}
                </p>
                {r.status === "ACCEPTED" && r.decidedBy ? (
                  <p>
                    {t("requests.reach")} <a href={`mailto:${r.decidedBy.email}`}>{r.decidedBy.email}</a>
                    {r.toOrg.contactEmail ? (
                      <>
                        {" "}
                        · <a href={`mailto:${r.toOrg.contactEmail}`}>{r.toOrg.contactEmail}</a>
                      </>
                    ) : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("requests.noneOutgoing")}</p>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
