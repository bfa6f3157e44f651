import { type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { requireAdmin } from "#app/modules/access/viewer.server.ts";
import { overviewPage } from "#app/modules/admin/admin-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { formatNumber } from "#app/utils/intl.ts";

export const handle = { i18n: ["admin"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireAdmin(request, context);
  return overviewPage(locale);
}

export default function AdminOverview() {
  const { t } = useTranslation("admin");
  const { counts, locale } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("overview.title")}</h1>
      <dl className="stats">
        {(["users", "unverified", "organisations", "outbox"] as const).map((k) => (
          <div key={k}>
            <dt>{t(`overview.${k}`)}</dt>
            <dd>{formatNumber(counts[k], locale)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
