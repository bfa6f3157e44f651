import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { SearchForm } from "#app/components/ui/search-form.tsx";
import { requireAdmin } from "#app/modules/access/viewer.server.ts";
import { outboxPage } from "#app/modules/admin/admin-page.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["admin"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireAdmin(request, context);
  return outboxPage(new URL(request.url), locale);
}

export default function AdminOutbox() {
  const { t } = useTranslation("admin");
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p>{d.smtp ? t("outbox.smtpOn") : t("outbox.smtpOff")}</p>
      <SearchForm q={d.q} label={t("outbox.search")} />
      <p>{t("outbox.count", { count: d.total })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("outbox.date")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {d.emails.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.createdAt, d.locale)}</td>
                <td>{e.to}</td>
                <td>
                  <Link to={`/${d.locale}/admin/outbox/${e.id}`}>{e.subject}</Link>
                </td>
                <td>{e.error ? t("outbox.failed") : e.sentAt ? t("outbox.sent") : t("outbox.stored")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={d.page} pageCount={d.pageCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
