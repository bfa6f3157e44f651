import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { listAudit } from "#app/modules/forum/moderation.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { requireSiteRole } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["admin", "forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireSiteRole(request, context, "MODERATOR");
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse(new URL(request.url).searchParams.get("page"));
  const list = await listAudit(page);
  return {
    title: getFixedT(locale, "forum")("audit.title"),
    locale,
    page,
    pageCount: list.pageCount,
    entries: list.entries.map((e) => ({ id: e.id, action: e.action, actor: e.actor?.name ?? "—", reason: e.reason, createdAt: e.createdAt, topic: (e.data as { topic?: number }).topic ?? null, postNumber: (e.data as { postNumber?: number }).postNumber ?? null })),
  };
}

export default function Audit() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p><Link to={`/${d.locale}/forum/flags`}>{t("flags.title")}</Link></p>
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
                  <td>{e.topic ? <Link to={`/${d.locale}/forum/t/${e.topic}${e.postNumber ? `?post=${e.postNumber}#post-${e.postNumber}` : ""}`}>#{e.topic}{e.postNumber ? ` / ${e.postNumber}` : ""}</Link> : "—"}</td>
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
