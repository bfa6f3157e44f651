import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { SearchForm } from "#app/components/ui/search-form.tsx";
import { ListQuerySchema } from "#app/modules/admin/admin.schema.ts";
import { listOutbox } from "#app/modules/admin/admin.server.ts";
import { env } from "#app/utils/env.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { requireSiteRole } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["admin"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireSiteRole(request, context, "ADMIN");
  const { q, page } = ListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { title: getFixedT(locale, "admin")("outbox.title"), locale, q, page, smtp: !!env().SMTP_URL, ...(await listOutbox(q, page)) };
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
                <td><Link to={`/${d.locale}/admin/outbox/${e.id}`}>{e.subject}</Link></td>
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
