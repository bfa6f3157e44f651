import { isRouteErrorResponse, useParams, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isLocale } from "#app/utils/i18n.ts";

const KNOWN = new Set([400, 403, 404, 429]);

/** Translated page for thrown responses (403/404/429...) and unexpected errors (500). */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const params = useParams();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = KNOWN.has(status) ? String(status) : "500";
  if (!isRouteErrorResponse(error) && typeof document === "undefined") console.error(error);
  const retryAfter =
    isRouteErrorResponse(error) && error.data && typeof error.data === "object"
      ? (error.data as { retryAfter?: number }).retryAfter
      : undefined;
  const home = `/${isLocale(params.lang) ? params.lang : "en"}`;
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">{status}</p>
      <h1 id="error-title">{t(`errors.${kind}.title`)}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      {retryAfter ? <p>{t("errors.429.retry", { count: Math.max(1, Math.ceil(retryAfter / 60)) })}</p> : null}
      <p>
        <a href={home}>{t("errors.backHome")}</a>
      </p>
    </section>
  );
}
