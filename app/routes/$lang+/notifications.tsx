import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { emailableKinds, notificationLink } from "#app/modules/notifications/kinds.ts";
import {
  emailPreferences,
  listNotifications,
  markRead,
  saveEmailPreferences,
} from "#app/modules/notifications/notifications.server.ts";
import { Notice } from "#app/components/ui/field.tsx";
import { reply } from "#app/utils/action.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { pageParam } from "#app/utils/pagination.ts";
import { idText } from "#app/utils/text-schema.ts";

export const handle = { i18n: ["notifications"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const user = await requireUser(request, context);
  const page = pageParam(new URL(request.url));
  const list = await listNotifications(user.id, page);
  return {
    title: getFixedT(locale, "notifications")("title"),
    locale,
    page,
    pageCount: list.pageCount,
    unread: list.items.filter((n) => !n.readAt).length,
    items: list.items.map((n) => ({ ...n, data: n.data as Record<string, string> })),
    preferences: await emailPreferences(user.id),
  };
}

const ReadSchema = z.object({
  intent: z.literal("read").optional(),
  id: z.union([z.literal(""), idText()]).optional(),
});
const PreferencesSchema = z.object({
  email: z.array(z.enum(emailableKinds)).max(emailableKinds.length),
  digest: z.boolean(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await readForm(request);
  if (form.get("intent") === "preferences") {
    const parsed = PreferencesSchema.safeParse({ email: form.getAll("email"), digest: form.get("digest") === "on" });
    if (!parsed.success) return reply(400, {});
    await saveEmailPreferences(user.id, parsed.data.email, parsed.data.digest);
    return reply(200, { notice: "saved" });
  }
  const parsed = ReadSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return reply(400, {});
  await markRead(user.id, parsed.data.id || undefined);
  return reply(200, {});
}

export default function Notifications() {
  const { t } = useTranslation("notifications");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <div className="page narrow-page">
      <h1>{t("title")}</h1>
      {a?.notice ? <Notice>{t("preferences.saved")}</Notice> : null}
      {d.unread ? (
        <Form method="post">
          <button type="submit" className="button button-secondary">
            {t("markAllRead")}
          </button>
        </Form>
      ) : null}
      {d.items.length ? (
        <ul className="notification-list">
          {d.items.map((n) => (
            <li key={n.id} className={n.readAt ? "read" : "unread"}>
              {!n.readAt ? <span className="badge">{t("new")}</span> : null}{" "}
              <Link to={notificationLink(d.locale, n.kind, n.data)}>{t(`kinds.${n.kind}`, n.data)}</Link>
              <p className="muted small">
                <time dateTime={new Date(n.createdAt).toISOString()}>{formatDateTime(n.createdAt, d.locale)}</time>
              </p>
              {!n.readAt ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="link-button">
                    {t("markRead")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("empty")}</p>
      )}
      <Pagination page={d.page} pageCount={d.pageCount} />
      <section className="panel page-section" aria-labelledby="prefs-title">
        <h2 id="prefs-title">{t("preferences.title")}</h2>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="preferences" />
          <fieldset className="checkbox-group">
            <legend>{t("preferences.email")}</legend>
            {emailableKinds.map((k) => (
              <div className="field-checkbox" key={k}>
                <input
                  type="checkbox"
                  id={`pref-${k}`}
                  name="email"
                  value={k}
                  defaultChecked={d.preferences.email[k]}
                />
                <label htmlFor={`pref-${k}`}>{t(`preferences.kinds.${k}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field-checkbox">
            <input type="checkbox" id="pref-digest" name="digest" defaultChecked={d.preferences.digest} />
            <label htmlFor="pref-digest">{t("preferences.digest")}</label>
          </div>
          <p>
            <button type="submit" className="button button-secondary">
              {t("preferences.save")}
            </button>
          </p>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
