import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { ErrorList, FormErrors } from "#app/components/ui/field.tsx";
import { requireViewer } from "#app/modules/access/viewer.server.ts";
import {
  BodyField,
  LanguageSelect,
  PostFormGuards,
  Preview,
  SubmitButtons,
} from "#app/modules/forum/components/post-form.tsx";
import { newTopicPage } from "#app/modules/forum/forum-page.server.ts";
import { newTopicAction, type NewTopicResult } from "#app/modules/forum/post-actions.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  return newTopicPage(await requireViewer(request, context), new URL(request.url), locale);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const viewer = await requireViewer(request, context);
  return newTopicAction(viewer, await readForm(request), locale, publicOrigin(request));
}

export default function NewTopic() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<NewTopicResult>();
  const errors = (a?.result?.error ?? {}) as Record<string, string[] | undefined>;
  const values = (a?.result?.initialValue ?? {}) as Record<string, string | undefined>;
  return (
    <div className="page narrow-page">
      <p>
        <Link to={`/${d.locale}/forum`}>{t("title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <Form method="post" className="stack">
        <FormErrors errors={errors[""]} />
        <PostFormGuards idempotencyKey={d.key} />
        <div className="field">
          <label htmlFor="categoryId">{t("category")}</label>
          <select
            id="categoryId"
            name="categoryId"
            defaultValue={values.categoryId ?? d.selected}
            aria-invalid={errors.categoryId ? true : undefined}
            aria-describedby={errors.categoryId ? "categoryId-error" : undefined}
          >
            <option value="">{t("new.chooseCategory")}</option>
            {d.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <ErrorList id="categoryId-error" errors={errors.categoryId} />
        </div>
        <div className="field">
          <label htmlFor="title">{t("new.topicTitle")}</label>
          <input
            id="title"
            name="title"
            type="text"
            maxLength={160}
            defaultValue={values.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? "title-error" : undefined}
          />
          <ErrorList id="title-error" errors={errors.title} />
        </div>
        <LanguageSelect id="language" value={values.language ?? d.locale} errors={errors.language} />
        <BodyField id="body" defaultValue={values.body} errors={errors.body} />
        <Preview html={a?.preview} />
        <SubmitButtons
          submit={{ intent: "create", label: t("new.submit") }}
          preview={{ intent: "preview", label: t("form.preview") }}
        />
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
