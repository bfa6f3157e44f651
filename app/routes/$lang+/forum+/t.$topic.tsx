import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { getViewer, requireViewer } from "#app/modules/access/viewer.server.ts";
import { ReplySection, TopicHead, TopicModeration, TopicPost } from "#app/modules/forum/components/topic-sections.tsx";
import { topicBySegment, topicPage } from "#app/modules/forum/forum-page.server.ts";
import { topicActions, type TopicActionResult } from "#app/modules/forum/topic-actions.server.ts";
import { dispatchIntent } from "#app/utils/action.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

// Visitors all see the same page (no reply form, no unread state): it may be page-cached for them.
export const handle = { i18n: ["forum"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return topicPage(await getViewer(request, context), params.topic, new URL(request.url), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await requireViewer(request, context);
  const topic = await topicBySegment(viewer, params.topic);
  return dispatchIntent(request, topicActions, { viewer, topic, locale, origin: publicOrigin(request) });
}

export default function TopicPage() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<TopicActionResult>();
  return (
    <div className="page topic-page">
      <TopicHead d={d} />
      {a?.notice ? <Notice>{t(`notice.${a.notice}`)}</Notice> : null}
      {a?.error ? (
        <p className="notice notice-error" role="alert">
          {t(`error.${a.error}`)}
        </p>
      ) : null}
      {d.signedIn ? (
        <Form method="post" className="inline-form">
          <button
            type="submit"
            name="intent"
            value={d.subscribed ? "unsubscribe" : "subscribe"}
            className="button button-small button-secondary"
          >
            {d.subscribed ? t("topic.unsubscribe") : t("topic.subscribe")}
          </button>
        </Form>
      ) : null}
      <ol className="post-list">
        {d.posts.map((p) => (
          <TopicPost key={p.id} d={d} p={p} />
        ))}
      </ol>
      <Pagination page={d.page} pageCount={d.pageCount} />
      {d.isModerator ? <TopicModeration d={d} /> : null}
      <ReplySection d={d} a={a} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
