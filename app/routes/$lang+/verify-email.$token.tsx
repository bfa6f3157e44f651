import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { verifyEmail } from "#app/modules/accounts/accounts.server.ts";
import { getUser } from "#app/utils/auth.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { createSession, sessionCookie } from "#app/utils/session.server.ts";

export const handle = { i18n: ["accounts"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const verified = await verifyEmail(params.token ?? "");
  let signedIn = !!(await getUser(request, context));
  // The link proves the mailbox, so it signs the person in: sign-up itself no longer does, as it
  // must answer a known address and a new one alike.
  const headers = new Headers();
  if (verified && !verified.disabledAt && !signedIn) {
    const session = await createSession(verified.id, {
      userAgent: request.headers.get("user-agent"),
      ipAddress: context.clientIp,
    });
    headers.set("Set-Cookie", sessionCookie(request, session.token, session.expiresAt));
    signedIn = true;
  }
  // Once confirmed, the page says so; "Confirm your email address" is for a link that did not work.
  return data(
    {
      title: getFixedT(locale, "accounts")(verified ? "verify.confirmed" : "verify.title"),
      locale,
      verified: !!verified,
      signedIn,
    },
    { headers },
  );
}

export default function VerifyEmail() {
  const { t } = useTranslation("accounts");
  const { title, verified, locale, signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {verified ? (
        <p role="status" className="notice notice-success">
          {t("verify.done")}
        </p>
      ) : (
        <p role="alert" className="notice notice-error">
          {t("verify.invalid")}
        </p>
      )}
      <p>
        {signedIn ? (
          <Link to={`/${locale}/account`}>{t("verify.toAccount")}</Link>
        ) : (
          <Link to={`/${locale}/login`}>{t("verify.toLogin")}</Link>
        )}
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
