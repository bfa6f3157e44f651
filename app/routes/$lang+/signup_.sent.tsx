import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["accounts"], cache: "public" };
export const meta = titleMeta;

// Where every sign-up lands, new address or known one alike: the email says which.
export async function loader({ params }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return { title: getFixedT(locale, "accounts")("signup.sent.title"), locale };
}

export default function SignupSent() {
  const { t } = useTranslation("accounts");
  const { locale } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t("signup.sent.title")}</h1>
      <p role="status" className="notice notice-success">
        {t("signup.sent.body")}
      </p>
      <p>{t("signup.sent.next")}</p>
      <p>
        <Link to={`/${locale}/login`}>{t("signup.signInLink")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
