import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { assertCan } from "#app/modules/access/access.server.ts";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import { flagsPage } from "#app/modules/forum/forum-page.server.ts";
import { DismissFlagSchema } from "#app/modules/forum/forum.schema.ts";
import { dismissFlags } from "#app/modules/forum/moderation.server.ts";
import { reply, type ActionResult } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return flagsPage(await requireViewer(request, context), locale);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireViewer(request, context);
  assertCan(viewer, "forum:moderate");
  const parsed = DismissFlagSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return reply(400, {});
  await dismissFlags(parsed.data.postId, viewer.user);
  return reply(200, { notice: "dismissed" });
}

export default function Flags() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<ActionResult>();
  return (
    <div className="page">
      <h1>{t("flags.title")}</h1>
      {a?.notice ? <Notice>{t("flags.dismissed")}</Notice> : null}
      <p>
        <Link to={`/${d.locale}/admin/audit`}>{t("flags.audit")}</Link>
      </p>
      {d.flags.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("flags.post")}</th>
                <th scope="col">{t("flags.reason")}</th>
                <th scope="col">{t("flags.reporter")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("flags.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.flags.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link
                      to={`/${d.locale}/forum/t/${f.post.topic.number}-${f.post.topic.slug}?post=${f.post.postNumber}#post-${f.post.postNumber}`}
                    >
                      {f.post.topic.title} #{f.post.postNumber}
                    </Link>
                    <p className="muted small">
                      {f.post.author?.name ?? "—"}: {f.post.body.slice(0, 140)}
                    </p>
                  </td>
                  <td>{f.reason}</td>
                  <td>
                    {f.reporter.name}
                    <p className="muted small">{formatDateTime(f.createdAt, d.locale)}</p>
                  </td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="dismiss" />
                      <input type="hidden" name="postId" value={f.post.id} />
                      <button type="submit" className="link-button">
                        {t("flags.dismiss")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t("flags.none")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
