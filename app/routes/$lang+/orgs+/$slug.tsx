import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import { InvitePanel } from "#app/modules/orgs/components/invite-panel.tsx";
import { MembersTable } from "#app/modules/orgs/components/members-table.tsx";
import { orgIntents, type OrgActionResult } from "#app/modules/orgs/orgs-actions.server.ts";
import { orgBySlug, orgPage } from "#app/modules/orgs/orgs-page.server.ts";
import { dispatchIntent, type ActionResult } from "#app/utils/action.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return orgPage(await getViewer(request, context), routeParam(params, "slug"), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await requireViewer(request, context);
  const org = await orgBySlug(routeParam(params, "slug"));
  return dispatchIntent(request, orgIntents, { viewer, org, request, locale });
}

export default function OrganisationPage() {
  const { t } = useTranslation("orgs");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult<OrgActionResult> | undefined;
  const [searchParams] = useSearchParams();
  const notice = actionData?.notice ?? (searchParams.get("notice") === "created" ? "created" : null);
  return (
    <div className="page">
      <p className="eyebrow">{t(`types.${d.org.type}`)}</p>
      <h1>{d.org.name}</h1>
      <p className="lead">{t("page.location", { city: d.org.city, country: d.org.countryName })}</p>
      {d.myRole ? (
        <p>
          <span className="badge">{t("page.yourRole", { role: t(`roles.${d.myRole}`) })}</span>
        </p>
      ) : null}
      {notice ? <Notice>{t(`page.notice.${notice}`)}</Notice> : null}
      {actionData?.error ? (
        <p className="notice notice-error" role="alert">
          {t(`page.error.${actionData.error}`)}
        </p>
      ) : null}
      {actionData?.link ? (
        <div className="callout">
          <label htmlFor="invite-link">{t("page.invite.linkLabel")}</label>
          <input id="invite-link" type="text" readOnly value={actionData.link} className="copy-field" />
          <p className="field-hint">{t("page.invite.linkHint")}</p>
        </div>
      ) : null}

      <MembersTable d={d} />

      {d.canManage ? (
        <>
          <p>
            <Link to={`/${d.locale}/orgs/${d.org.slug}/progress`}>{t("page.progressLink")}</Link>
          </p>
          <InvitePanel d={d} lastResult={actionData?.intent === "inviteEmail" ? actionData.result : undefined} />
        </>
      ) : null}

      {d.myRole ? (
        <section className="panel" aria-labelledby="leave-title">
          <h2 id="leave-title">{t("page.leave.title")}</h2>
          <p>{t("page.leave.body")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="leave" />
            <button type="submit" className="button button-danger">
              {t("page.leave.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
