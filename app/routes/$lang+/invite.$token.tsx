import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { acceptInvitation, findInvitation, invitationState } from "#app/modules/orgs/orgs.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { getUser, requireUser } from "#app/utils/auth.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const inv = await findInvitation(params.token ?? "");
  const user = await getUser(request, context);
  const t = getFixedT(locale, "orgs");
  const here = new URL(request.url).pathname;
  return {
    title: t("invite.title"),
    locale,
    here,
    state: inv ? invitationState(inv) : ("invalid" as const),
    orgName: inv?.org.name ?? null,
    role: inv?.role ?? null,
    signedIn: !!user,
    wrongAccount: !!(user && inv?.email && inv.email !== user.email),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const user = await requireUser(request, context);
  const result = await acceptInvitation(params.token ?? "", user);
  if (!result.ok) return reply(409, { error: result.error });
  return redirect(`/${locale}/orgs/${result.org.slug}`);
}

export default function AcceptInvitation() {
  const { t } = useTranslation("orgs");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const back = encodeURIComponent(d.here);
  return (
    <div className="narrow">
      <h1>{t("invite.title")}</h1>
      {actionData?.error ? (
        <p className="notice notice-error" role="alert">
          {t(`invite.state.${actionData.error}`)}
        </p>
      ) : null}
      {d.state !== "valid" ? (
        <p className="notice notice-error" role="alert">
          {t(`invite.state.${d.state}`)}
        </p>
      ) : (
        <>
          <p className="lead">{t("invite.body", { org: d.orgName, role: t(`roles.${d.role}`) })}</p>
          {d.wrongAccount ? (
            <p className="notice notice-error" role="alert">
              {t("invite.state.wrongAccount")}
            </p>
          ) : d.signedIn ? (
            <Form method="post">
              <button type="submit" className="button">
                {t("invite.accept", { org: d.orgName })}
              </button>
            </Form>
          ) : (
            <p>
              <Link className="button" to={`/${d.locale}/login?redirectTo=${back}`}>
                {t("invite.signIn")}
              </Link>{" "}
              <Link className="button button-secondary" to={`/${d.locale}/signup?redirectTo=${back}`}>
                {t("invite.signUp")}
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
