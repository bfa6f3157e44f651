import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { LogoForm, ProfileForm } from "#app/modules/directory/components/profile-edit-form.tsx";
import { profileEditAction } from "#app/modules/directory/profile-actions.server.ts";
import { editableProfile, profileEditPage } from "#app/modules/directory/profile-page.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["directory", "orgs"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return profileEditPage(await requireViewer(request, context), routeParam(params, "slug"), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const org = await editableProfile(await requireViewer(request, context), routeParam(params, "slug"));
  return profileEditAction(request, org, locale);
}

export default function EditProfile() {
  const { t } = useTranslation("directory");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page">
      <p>
        <Link to={`/${d.locale}/partners/${d.slug}`}>{t("edit.back", { name: d.name })}</Link>
      </p>
      <h1>{t("edit.title", { name: d.name })}</h1>
      {actionData?.notice ? <Notice>{t(`edit.notice.${actionData.notice}`)}</Notice> : null}
      <LogoForm d={d} actionData={actionData} />
      <ProfileForm d={d} actionData={actionData} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
