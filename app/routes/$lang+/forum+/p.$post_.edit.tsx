import { type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { FormErrors } from "#app/components/ui/field.tsx";
import { BodyField, Preview, SubmitButtons } from "#app/modules/forum/components/post-form.tsx";
import { EditPostSchema } from "#app/modules/forum/forum.schema.ts";
import { canEdit, canSeeTopic, editPost, getPost, listRevisions, renderPost, topicPath, viewerOf } from "#app/modules/forum/forum.server.ts";
import { hasLink } from "#app/modules/forum/markdown.server.ts";
import { auditEdit } from "#app/modules/forum/moderation.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { routeParam } from "#app/utils/params.server.ts";
import { forbidden, notFound } from "#app/utils/permissions.server.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

async function editable(request: Request, context: LoaderFunctionArgs["context"], postId: string) {
  const user = await requireUser(request, context);
  const viewer = await viewerOf(user);
  const post = await getPost(postId);
  if (!post || !canSeeTopic(viewer, post.topic) || (post.hiddenAt && !viewer.isModerator && post.authorId !== user.id)) throw notFound();
  if (!canEdit(viewer, post)) throw forbidden();
  return { user, viewer, post };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { post } = await editable(request, context, routeParam(params, "post"));
  return {
    title: getFixedT(locale, "forum")("edit.title"),
    locale,
    post: { id: post.id, number: post.postNumber, body: post.body, version: post.version },
    topic: { title: post.topic.title, href: `${topicPath(locale, post.topic)}?post=${post.postNumber}#post-${post.postNumber}` },
    // The history is visible to the author and moderators: exactly who may edit.
    revisions: await listRevisions(post.id),
  };
}

type ActionResult = { result?: SubmissionResult<string[]>; preview?: string; conflict?: { body: string; version: number } };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user, viewer, post } = await editable(request, context, routeParam(params, "post"));
  const submission = parseWithZod(await readForm(request), { schema: EditPostSchema });
  if (submission.status !== "success" || submission.value.postId !== post.id) return data<ActionResult>({ result: submission.reply() }, { status: 400 });
  const v = submission.value;
  if (!user.emailVerifiedAt && hasLink(v.body)) return data<ActionResult>({ result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) }, { status: 400 });
  if (v.intent === "previewEdit") return data<ActionResult>({ result: submission.reply(), preview: (await renderPost(v.body, locale)).html });
  const r = await editPost(post, v.version, v.body, user, locale);
  if (!r.ok) return data<ActionResult>({ result: submission.reply(), conflict: r.current }, { status: 409 });
  if (viewer.isModerator && post.authorId !== user.id) await auditEdit(user, post.id, post.topic.number);
  return redirect(`${topicPath(locale, post.topic)}?post=${post.postNumber}#post-${post.postNumber}`);
}

export default function EditPost() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as ActionResult | undefined;
  const errors = (a?.result?.error ?? {}) as Record<string, string[] | undefined>;
  const typed = (a?.result?.initialValue as Record<string, string> | undefined)?.body;
  return (
    <div className="page narrow-page">
      <p><Link to={d.topic.href}>{d.topic.title}</Link></p>
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
        <SubmitButtons submit={{ intent: "edit", label: a?.conflict ? t("edit.saveMine") : t("edit.save") }} preview={{ intent: "previewEdit", label: t("form.preview") }} />
      </Form>
      {d.revisions.length ? (
        <section id="history" aria-labelledby="history-title" className="page-section">
          <h2 id="history-title">{t("edit.history")}</h2>
          <ol className="revision-list">
            {d.revisions.map((r) => (
              <li key={r.version}>
                <p className="muted small">{t("edit.revision", { version: r.version, date: formatDateTime(r.createdAt, d.locale), editor: r.editor?.name ?? "—" })}</p>
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
