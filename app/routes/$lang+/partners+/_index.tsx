import { type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { DirectoryFilters } from "#app/modules/directory/components/directory-filters.tsx";
import { DirectoryResults } from "#app/modules/directory/components/directory-results.tsx";
import { directoryPage } from "#app/modules/directory/directory-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { addServerTiming } from "#app/utils/timing.server.ts";

export const handle = { i18n: ["directory", "orgs"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const started = performance.now();
  const page = await directoryPage(new URL(request.url), locale);
  addServerTiming(request, context, "search", started);
  return page;
}

export default function Directory() {
  const { t } = useTranslation("directory");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.intro")}</p>
      <div className="directory-layout">
        <DirectoryFilters d={d} />
        <DirectoryResults d={d} />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
