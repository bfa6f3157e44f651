import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import { revokeOwnCertificate } from "#app/modules/learning/learning-actions.server.ts";
import { certificatePage } from "#app/modules/learning/learning-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["learning"] };
export const meta = titleMeta;

// Public: anyone with the URL can verify a certificate.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const id = routeParam(params, "id");
  return certificatePage(await getViewer(request, context), locale, id, new URL(request.url).href);
}

/** Revoking is for the holder only (certificate:revoke). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await requireViewer(request, context);
  const id = routeParam(params, "id");
  await revokeOwnCertificate(viewer, id);
  return redirect(`/${locale}/certificates/${id}`);
}

export default function CertificatePage() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="certificate-page">
      <article className={`certificate${d.revoked ? " is-revoked" : ""}`} aria-labelledby="cert-title">
        <p className="certificate-brand" aria-hidden="true">
          ✦ Portolan
        </p>
        <h1 id="cert-title">{t("certificate.title")}</h1>
        <p>{t("certificate.certifies")}</p>
        <p className="certificate-holder">{d.holder}</p>
        <p>{t("certificate.completed")}</p>
        <p className="certificate-module">{d.module}</p>
        <p>{t("certificate.issued", { date: d.issued })}</p>
        <p className="certificate-id">
          {t("certificate.verification")}: <code>{d.id}</code>
        </p>
        <p className="certificate-url">{d.url}</p>
        {d.revoked ? (
          <p className="notice notice-error" role="status">
            {t("certificate.revoked", { date: d.revoked })}
          </p>
        ) : (
          <p className="notice" role="status">
            {t("certificate.valid")}
          </p>
        )}
      </article>
      <div className="no-print certificate-actions">
        <p>{t("certificate.printHint")}</p>
        <p>
          <Link to={`/${d.locale}/learn/${d.moduleSlug}`}>{t("certificate.toModule")}</Link>
        </p>
        {d.isHolder && !d.revoked ? (
          <Form method="post">
            <button type="submit" className="button button-danger">
              {t("certificate.revoke")}
            </button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
