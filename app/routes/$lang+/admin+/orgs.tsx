import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { SearchForm } from "#app/components/ui/search-form.tsx";
import { requireAdmin } from "#app/modules/access/viewer.server.ts";
import { orgsPage } from "#app/modules/admin/admin-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["admin", "orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireAdmin(request, context);
  return orgsPage(new URL(request.url), locale);
}

export default function AdminOrganisations() {
  const { t } = useTranslation("admin");
  const d = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("orgs.title")}</h1>
      <SearchForm q={d.q} label={t("orgs.search")} />
      <p>{t("orgs.count", { count: d.total })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("orgs.name")}</th>
              <th scope="col">{t("orgs.type")}</th>
              <th scope="col">{t("orgs.place")}</th>
              <th scope="col">{t("orgs.members")}</th>
            </tr>
          </thead>
          <tbody>
            {d.organisations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/${d.locale}/orgs/${o.slug}`}>{o.name}</Link>
                </td>
                <td>{t(`orgs:types.${o.type}`)}</td>
                <td>
                  {o.city}, {o.countryName}
                </td>
                <td>{o.members}</td>
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
