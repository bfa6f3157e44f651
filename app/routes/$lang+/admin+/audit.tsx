import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { auditPage } from "#app/modules/forum/forum-page.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["admin", "forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return auditPage(await requireViewer(request, context), new URL(request.url), locale);
}

export default function Audit() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p>
        <Link to={`/${d.locale}/forum/flags`}>{t("flags.title")}</Link>
      </p>
      {d.entries.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("audit.when")}</th>
                <th scope="col">{t("audit.who")}</th>
                <th scope="col">{t("audit.action")}</th>
                <th scope="col">{t("audit.target")}</th>
                <th scope="col">{t("audit.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {d.entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.createdAt, d.locale)}</td>
                  <td>{e.actor}</td>
                  <td>{t(`audit.actions.${e.action}`)}</td>
                  <td>
                    {e.topic ? (
                      <Link
                        to={`/${d.locale}/forum/t/${e.topic}${e.postNumber ? `?post=${e.postNumber}#post-${e.postNumber}` : ""}`}
                      >
                        #{e.topic}
                        {e.postNumber ? ` / ${e.postNumber}` : ""}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{e.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("audit.none")}</p>
      )}
      <Pagination page={d.page} pageCount={d.pageCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
