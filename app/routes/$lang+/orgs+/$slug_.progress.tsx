import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { orgProgressPage } from "#app/modules/orgs/orgs-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["learning", "orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return orgProgressPage(await requireViewer(request, context), routeParam(params, "slug"), locale);
}

export default function OrgProgress() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p>
        <Link to={`/${d.locale}/orgs/${d.org.slug}`}>{d.org.name}</Link>
      </p>
      <h1>{t("report.title", { org: d.org.name })}</h1>
      <div className="table-wrap">
        <table>
          <caption>{t("report.summary", { count: d.members.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.module")}</th>
              <th scope="col">{t("report.started")}</th>
              <th scope="col">{t("report.completed")}</th>
            </tr>
          </thead>
          <tbody>
            {d.summary.map((s) => (
              <tr key={s.slug}>
                <th scope="row">{d.modules.find((m) => m.slug === s.slug)?.title}</th>
                <td>{s.started}</td>
                <td>{s.completed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("report.perMember")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("report.member")}</th>
              {d.modules.map((m) => (
                <th scope="col" key={m.slug}>
                  {m.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.members.map((m) => (
              <tr key={m.name}>
                <th scope="row">{m.name}</th>
                {d.modules.map((mod) => {
                  const p = m.modules[mod.slug];
                  return <td key={mod.slug}>{p.complete ? t("report.done") : `${p.percent} %`}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
