import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { findModule, moduleText } from "#app/modules/learning/catalogue.server.ts";
import { getCertificate, revokeCertificate } from "#app/modules/learning/learning.server.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { forbidden, notFound } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["learning"] };
export const meta = titleMeta;

// Public: anyone with the URL can verify a certificate.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const cert = await getCertificate(routeParam(params, "id"));
  const mod = cert ? findModule(cert.moduleSlug) : undefined;
  if (!cert || !mod) throw notFound();
  const user = await getUser(request, context);
  return {
    title: getFixedT(locale, "learning")("certificate.title"),
    locale,
    id: cert.id,
    holder: cert.holderName,
    module: moduleText(mod, locale).title,
    moduleSlug: mod.slug,
    issued: formatDate(cert.issuedAt, locale),
    revoked: cert.revokedAt ? formatDate(cert.revokedAt, locale) : null,
    isHolder: user?.id === cert.userId,
    url: new URL(request.url).href,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const user = await requireUser(request, context);
  if (!(await revokeCertificate(routeParam(params, "id"), user.id))) throw forbidden();
  return redirect(`/${locale}/certificates/${params.id}`);
}

export default function CertificatePage() {
  const { t } = useTranslation("learning");
  const d = useLoaderData<typeof loader>();
  return (
    <div className="certificate-page">
      <article className={`certificate${d.revoked ? " is-revoked" : ""}`} aria-labelledby="cert-title">
        <p className="certificate-brand" aria-hidden="true">✦ Portolan</p>
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
          <p className="notice notice-error" role="status">{t("certificate.revoked", { date: d.revoked })}</p>
        ) : (
          <p className="notice" role="status">{t("certificate.valid")}</p>
        )}
      </article>
      <div className="no-print certificate-actions">
        <p>{t("certificate.printHint")}</p>
        <p><Link to={`/${d.locale}/learn/${d.moduleSlug}`}>{t("certificate.toModule")}</Link></p>
        {d.isHolder && !d.revoked ? (
          <Form method="post">
            <button type="submit" className="button button-danger">{t("certificate.revoke")}</button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
