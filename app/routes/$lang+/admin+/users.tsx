import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { Notice } from "#app/components/ui/field.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { SearchForm } from "#app/components/ui/search-form.tsx";
import { requireAdmin } from "#app/modules/access/viewer.server.ts";
import { userAction, usersPage } from "#app/modules/admin/admin-page.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDate } from "#app/utils/format.ts";
import { routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["admin"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return usersPage(await requireAdmin(request, context), new URL(request.url), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  routeLocale(params);
  const viewer = await requireAdmin(request, context);
  return userAction(viewer, await readForm(request));
}

export default function AdminUsers() {
  const { t } = useTranslation("admin");
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("users.title")}</h1>
      <SearchForm q={d.q} label={t("users.search")} />
      {actionData?.notice ? <Notice>{t(`users.notice.${actionData.notice}`)}</Notice> : null}
      {actionData?.error ? (
        <p className="notice notice-error" role="alert">
          {t(`users.error.${actionData.error}`)}
        </p>
      ) : null}
      <p>{t("users.count", { count: d.total })}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.joined")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.status")}</th>
            </tr>
          </thead>
          <tbody>
            {d.users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>
                  {u.email} {u.emailVerifiedAt ? null : <span className="badge">{t("users.unverified")}</span>}
                </td>
                <td>{formatDate(u.createdAt, d.locale)}</td>
                <td>
                  {u.id === d.meId ? (
                    t(`roles.${u.siteRole}`)
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="setRole" />
                      <input type="hidden" name="userId" value={u.id} />
                      <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                        {t("users.roleFor", { name: u.name })}
                      </label>
                      <select id={`role-${u.id}`} name="role" defaultValue={u.siteRole}>
                        {(["USER", "MODERATOR", "ADMIN"] as const).map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>{" "}
                      <button type="submit" className="link-button">
                        {t("users.saveRole")}
                      </button>
                    </Form>
                  )}
                </td>
                <td>
                  {u.disabledAt ? t("users.disabled") : t("users.active")}
                  {u.id !== d.meId ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value={u.disabledAt ? "enable" : "disable"} />
                      <input type="hidden" name="userId" value={u.id} />
                      <button
                        type="submit"
                        className="link-button"
                        aria-label={t(u.disabledAt ? "users.enableNamed" : "users.disableNamed", { name: u.name })}
                      >
                        {t(u.disabledAt ? "users.enable" : "users.disable")}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={d.page} pageCount={d.pageCount} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
