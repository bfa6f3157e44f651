import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import { ContactRequestPanel } from "#app/modules/contacts/components/contact-request-panel.tsx";
import { contactRequestPanel, requestContact } from "#app/modules/contacts/contact-request-panel.server.ts";
import {
  ProfileAbout,
  ProfileActions,
  ProfileFacts,
  ProfileHead,
  ProfileMembers,
  ProfileTopics,
} from "#app/modules/directory/components/profile-sections.tsx";
import { profileIntents } from "#app/modules/directory/profile-actions.server.ts";
import { profileBySlug, profilePage } from "#app/modules/directory/profile-page.server.ts";
import { dispatchIntent, type ActionResult } from "#app/utils/action.server.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["directory", "orgs"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await getViewer(request, context);
  const page = await profilePage(viewer, routeParam(params, "slug"), locale);
  return { ...page, ...(await contactRequestPanel(viewer, page.org.id)) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  const viewer = await requireViewer(request, context);
  const org = await profileBySlug(routeParam(params, "slug"));
  return dispatchIntent(request, { ...profileIntents, requestContact }, { viewer, org, request });
}

export default function PartnerProfile() {
  const { t } = useTranslation("directory");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const [searchParams] = useSearchParams();
  const notice = actionData?.notice ?? (searchParams.get("notice") === "saved" ? "saved" : null);
  return (
    <div className="page">
      <ProfileHead d={d} />
      {notice ? <Notice>{t(`profile.notice.${notice}`)}</Notice> : null}
      <ProfileActions d={d} />
      <div className="two-col profile-body">
        <ProfileAbout d={d} />
        <ProfileFacts d={d} />
      </div>
      <ProfileMembers d={d} />
      <ProfileTopics d={d} />
      <ContactRequestPanel d={d} lastResult={actionData?.intent === "requestContact" ? actionData.result : undefined} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
