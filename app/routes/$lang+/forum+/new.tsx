import { type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { ErrorList, FormErrors } from "#app/components/ui/field.tsx";
import { BodyField, LanguageSelect, PostFormGuards, Preview, SubmitButtons } from "#app/modules/forum/components/post-form.tsx";
import { NewTopicSchema } from "#app/modules/forum/forum.schema.ts";
import { allCategories, canWrite, categoryText, createTopic, renderPost, topicPath, viewerOf } from "#app/modules/forum/forum.server.ts";
import { hasLink } from "#app/modules/forum/markdown.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { getFixedT, publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

export const handle = { i18n: ["forum"] };
export const meta = titleMeta;

async function writableCategories(request: Request, context: LoaderFunctionArgs["context"]) {
  const user = await requireUser(request, context);
  const viewer = await viewerOf(user);
  const categories = (await allCategories()).filter((c) => canWrite(viewer, c.visibility));
  return { user, categories };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { categories } = await writableCategories(request, context);
  const wanted = new URL(request.url).searchParams.get("category");
  return {
    title: getFixedT(locale, "forum")("new.title"),
    locale,
    categories: categories.map((c) => ({ id: c.id, slug: c.slug, name: categoryText(c.text, locale).name })),
    selected: categories.find((c) => c.slug === wanted)?.id ?? "",
    key: randomUUID(),
  };
}

type ActionResult = { result: SubmissionResult<string[]>; preview?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { user, categories } = await writableCategories(request, context);
  const submission = parseWithZod(await readForm(request), { schema: NewTopicSchema });
  if (submission.status !== "success") return data<ActionResult>({ result: submission.reply() }, { status: 400 });
  const v = submission.value;
  // Only categories this person may write in (members-only ones need a membership).
  if (!categories.some((c) => c.id === v.categoryId)) return data<ActionResult>({ result: submission.reply({ fieldErrors: { categoryId: ["validation:choose"] } }) }, { status: 400 });
  if (!user.emailVerifiedAt && hasLink(v.body)) return data<ActionResult>({ result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) }, { status: 400 });
  if (v.intent === "preview") return data<ActionResult>({ result: submission.reply(), preview: (await renderPost(v.body, locale)).html });
  await consume("forumPost", user.id);
  const topic = await createTopic(user, v, locale, publicOrigin(request));
  return redirect(topicPath(locale, topic));
}

export default function NewTopic() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as ActionResult | undefined;
  const errors = (a?.result?.error ?? {}) as Record<string, string[] | undefined>;
  const values = (a?.result?.initialValue ?? {}) as Record<string, string | undefined>;
  return (
    <div className="page narrow-page">
      <p><Link to={`/${d.locale}/forum`}>{t("title")}</Link></p>
      <h1>{t("new.title")}</h1>
      <Form method="post" className="stack">
        <FormErrors errors={errors[""]} />
        <PostFormGuards idempotencyKey={d.key} />
        <div className="field">
          <label htmlFor="categoryId">{t("category")}</label>
          <select id="categoryId" name="categoryId" defaultValue={values.categoryId ?? d.selected} aria-invalid={errors.categoryId ? true : undefined} aria-describedby={errors.categoryId ? "categoryId-error" : undefined}>
            <option value="">{t("new.chooseCategory")}</option>
            {d.categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <ErrorList id="categoryId-error" errors={errors.categoryId} />
        </div>
        <div className="field">
          <label htmlFor="title">{t("new.topicTitle")}</label>
          <input id="title" name="title" type="text" maxLength={160} defaultValue={values.title} aria-invalid={errors.title ? true : undefined} aria-describedby={errors.title ? "title-error" : undefined} />
          <ErrorList id="title-error" errors={errors.title} />
        </div>
        <LanguageSelect id="language" value={values.language ?? d.locale} errors={errors.language} />
        <BodyField id="body" defaultValue={values.body} errors={errors.body} />
        <Preview html={a?.preview} />
        <SubmitButtons submit={{ intent: "create", label: t("new.submit") }} preview={{ intent: "preview", label: t("form.preview") }} />
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
