import {
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { translateError } from "#app/components/ui/field.tsx";
import { csvColumns, importContactsCsv } from "#app/modules/contacts/contacts-io.server.ts";
import { requireContactOrg } from "#app/modules/contacts/contacts-page.server.ts";
import { reply } from "#app/utils/action.server.ts";
import type { ImportReport } from "#app/utils/csv-import.server.ts";
import { getFixedT, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

export const handle = { i18n: ["contacts"] };
export const meta = titleMeta;

const MAX_BYTES = 2 * 1024 * 1024;

type Reply = { report: ImportReport };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { ctx } = await requireContactOrg(request, context);
  if (!ctx) throw redirect(`/${locale}/contacts`);
  return { title: getFixedT(locale, "contacts")("import.title"), locale, org: ctx.org, columns: csvColumns };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user, ctx } = await requireContactOrg(request, context);
  if (!ctx) throw redirect(`/${locale}/contacts`);
  await consume("contactImport", user.id);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_BYTES }),
    );
  } catch {
    return reply<Reply>(400, { error: "contacts:import.tooLarge" });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return reply<Reply>(400, { error: "validation:fileMissing" });
  const report = await importContactsCsv(ctx.org.id, user.id, await file.text(), {
    dryRun: form.get("dryRun") === "on",
    onProgress: (done, total) =>
      total > 500 && console.log(`contacts import for ${ctx.org.slug}: ${done}/${total} rows written`),
  });
  return reply<Reply>(report.ok ? 200 : 400, { report });
}

export default function ImportContacts() {
  const { t } = useTranslation("contacts");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const report = a?.report;
  return (
    <div className="page narrow-page">
      <p>
        <Link to={`/${d.locale}/contacts?org=${d.org.slug}`}>{t("back")}</Link>
      </p>
      <p className="eyebrow">{d.org.name}</p>
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <p className="field-hint">
        {t("import.columns")} <code>{d.columns.join(", ")}</code>
      </p>
      <p>
        <a href={`/${d.locale}/contacts/export?org=${d.org.slug}&format=csv`} download>
          {t("import.example")}
        </a>
      </p>
      {report ? (
        <div
          className={report.ok ? "notice notice-success" : "notice notice-error"}
          role={report.ok ? "status" : "alert"}
        >
          <p>
            {report.ok
              ? report.dryRun
                ? t("import.dryRunOk", { count: report.rows })
                : t("import.done", { count: report.imported })
              : t("import.failed", { count: report.errors.length, rows: report.rows })}
          </p>
          {report.errors.length ? (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("import.errorsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("import.line")}</th>
                    <th scope="col">{t("import.column")}</th>
                    <th scope="col">{t("import.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.slice(0, 200).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.field || "—"}</td>
                      <td>{e.message.includes(":") ? translateError(t, e.message) : e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack panel">
        {a?.error ? (
          <p className="notice notice-error" role="alert" id="file-error">
            {translateError(t, a.error)}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="file">{t("import.file")}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={a?.error ? "file-error" : undefined}
          />
        </div>
        <div className="field-checkbox">
          <input id="dryRun" name="dryRun" type="checkbox" defaultChecked />
          <label htmlFor="dryRun">{t("import.dryRun")}</label>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("import.working") : t("import.submit")}
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
