import { type LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { can } from "#app/modules/access/access.server.ts";
import { requireSiteAbility } from "#app/modules/access/viewer.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";

export const handle = { i18n: ["admin"] };

// Every admin page (and every admin action, which each route checks again) needs the admin role;
// the moderation audit log is also open to moderators.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  routeLocale(params);
  const audit = new URL(request.url).pathname.endsWith("/admin/audit");
  const viewer = await requireSiteAbility(request, context, audit ? "site:moderate" : "site:administer");
  return { isAdmin: can(viewer, "site:administer") };
}

export default function AdminLayout() {
  const { t } = useTranslation("admin");
  const { lang } = useParams();
  return (
    <div className="page admin">
      <nav aria-label={t("nav.label")} className="sub-nav">
        <ul>
          <li>
            <NavLink end to={`/${lang}/admin`}>
              {t("nav.overview")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/${lang}/admin/users`}>{t("nav.users")}</NavLink>
          </li>
          <li>
            <NavLink to={`/${lang}/admin/orgs`}>{t("nav.orgs")}</NavLink>
          </li>
          <li>
            <NavLink to={`/${lang}/admin/outbox`}>{t("nav.outbox")}</NavLink>
          </li>
          <li>
            <NavLink to={`/${lang}/admin/audit`}>{t("nav.audit")}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
