import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { verifyEmail } from "#app/modules/accounts/accounts.server.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["accounts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const verified = await verifyEmail(params.token ?? "");
  const signedIn = !!(await getUser(request, context));
  return { title: getFixedT(locale, "accounts")("verify.title"), locale, verified: !!verified, signedIn };
}

export default function VerifyEmail() {
  const { t } = useTranslation("accounts");
  const { verified, locale, signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t("verify.title")}</h1>
      {verified ? (
        <p role="status" className="notice notice-success">{t("verify.done")}</p>
      ) : (
        <p role="alert" className="notice notice-error">{t("verify.invalid")}</p>
      )}
      <p>
        {signedIn ? <Link to={`/${locale}/account`}>{t("verify.toAccount")}</Link> : <Link to={`/${locale}/login`}>{t("verify.toLogin")}</Link>}
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
