import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { FormErrors } from "#app/components/ui/field.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { BodyField, Preview, SubmitButtons } from "#app/modules/forum/components/post-form.tsx";
import { editPostPage } from "#app/modules/forum/forum-page.server.ts";
import { editPostAction, type EditPostResult } from "#app/modules/forum/post-actions.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return editPostPage(await requireViewer(request, context), routeParam(params, "post"), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  return editPostAction(await requireViewer(request, context), routeParam(params, "post"), request, locale);
}

export default function EditPost() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<EditPostResult>();
  const errors = (a?.result?.error ?? {}) as Record<string, string[] | undefined>;
  const typed = (a?.result?.initialValue as Record<string, string> | undefined)?.body;
  return (
    <div className="page narrow-page">
      <p>
        <Link to={d.topic.href}>{d.topic.title}</Link>
      </p>
      <h1>{t("edit.title")}</h1>
      {a?.conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t("edit.conflict")}</p>
          <h2 className="small-heading">{t("edit.current")}</h2>
          <pre className="post-source">{a.conflict.body}</pre>
        </div>
      ) : null}
      <Form method="post" className="stack" key={a?.conflict ? `c${a.conflict.version}` : "edit"}>
        <FormErrors errors={errors[""]} />
        <input type="hidden" name="postId" value={d.post.id} />
        <input type="hidden" name="version" value={a?.conflict?.version ?? d.post.version} />
        <BodyField id="body" defaultValue={typed ?? d.post.body} errors={errors.body} />
        <Preview html={a?.preview} />
        <SubmitButtons
          submit={{ intent: "edit", label: a?.conflict ? t("edit.saveMine") : t("edit.save") }}
          preview={{ intent: "previewEdit", label: t("form.preview") }}
        />
      </Form>
      {d.revisions.length ? (
        <section id="history" aria-labelledby="history-title" className="page-section">
          <h2 id="history-title">{t("edit.history")}</h2>
          <ol className="revision-list">
            {d.revisions.map((r) => (
              <li key={r.version}>
                <p className="muted small">
                  {t("edit.revision", {
                    version: r.version,
                    date: formatDateTime(r.createdAt, d.locale),
                    editor: r.editor?.name ?? "—",
                  })}
                </p>
                <pre className="post-source">{r.body}</pre>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
