import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { requireAdmin } from "#app/modules/access/viewer.server.ts";
import { outboxEmailPage } from "#app/modules/admin/admin-page.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { languageName } from "#app/utils/intl.ts";

export const handle = { i18n: ["admin"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  await requireAdmin(request, context);
  return outboxEmailPage(routeParam(params, "id"), locale);
}

export default function OutboxEmail() {
  const { t } = useTranslation("admin");
  const { email, links, locale } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/${locale}/admin/outbox`}>{t("outbox.back")}</Link>
      </p>
      <h1>{email.subject}</h1>
      <dl className="meta-list">
        <dt>{t("outbox.to")}</dt>
        <dd>{email.to}</dd>
        <dt>{t("outbox.date")}</dt>
        <dd>{formatDateTime(email.createdAt, locale)}</dd>
        <dt>{t("outbox.language")}</dt>
        <dd lang={email.locale}>{languageName(email.locale, locale)}</dd>
      </dl>
      <pre className="email-body" lang={email.locale}>
        {email.text}
      </pre>
      {links.length ? (
        <>
          <h2>{t("outbox.links")}</h2>
          <ul className="plain-list">
            {links.map((l) => (
              <li key={l}>
                <a href={l} className="outbox-link">
                  {l}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
