import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { openFlags } from "#app/modules/forum/moderation.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { requireSiteRole } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireSiteRole(request, context, "MODERATOR");
  return { title: getFixedT(locale, "forum")("flags.title"), locale, flags: await openFlags() };
}

export default function Flags() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("flags.title")}</h1>
      <p><Link to={`/${d.locale}/admin/audit`}>{t("flags.audit")}</Link></p>
      {d.flags.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("flags.post")}</th>
                <th scope="col">{t("flags.reason")}</th>
                <th scope="col">{t("flags.reporter")}</th>
              </tr>
            </thead>
            <tbody>
              {d.flags.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link to={`/${d.locale}/forum/t/${f.post.topic.number}-${f.post.topic.slug}?post=${f.post.postNumber}#post-${f.post.postNumber}`}>
                      {f.post.topic.title} #{f.post.postNumber}
                    </Link>
                    <p className="muted small">{f.post.author?.name ?? "—"}: {f.post.body.slice(0, 140)}</p>
                  </td>
                  <td>{f.reason}</td>
                  <td>{f.reporter.name}<p className="muted small">{formatDateTime(f.createdAt, d.locale)}</p></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("flags.none")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
