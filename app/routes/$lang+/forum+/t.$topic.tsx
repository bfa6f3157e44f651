import { type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { FormErrors, Notice } from "#app/components/ui/field.tsx";
import { Pagination } from "#app/components/ui/pagination.tsx";
import { BodyField, LanguageSelect, PostFormGuards, Preview, SubmitButtons } from "#app/modules/forum/components/post-form.tsx";
import { assertModerator, loadTopic } from "#app/modules/forum/forum-page.server.ts";
import { FlagSchema, ModerateSchema, ReplySchema, TopicActionSchema } from "#app/modules/forum/forum.schema.ts";
import {
  allCategories,
  canEdit,
  canWrite,
  categoryText,
  createReply,
  isSubscribed,
  listPosts,
  markRead,
  markSolution,
  pageOfPost,
  renderPost,
  setSubscribed,
  topicPath,
} from "#app/modules/forum/forum.server.ts";
import { hasLink } from "#app/modules/forum/markdown.server.ts";
import { changeTopic, flagPost, setPostHidden } from "#app/modules/forum/moderation.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import { formatDateTime } from "#app/utils/format.ts";
import { publicOrigin, routeLocale } from "#app/utils/i18n.server.ts";
import { localeNames, type Locale } from "#app/utils/i18n.ts";
import { titleMeta } from "#app/utils/meta.ts";
import { forbidden, notFound } from "#app/utils/permissions.server.ts";
import { consume } from "#app/utils/rate-limit.server.ts";

// Visitors all see the same page (no reply form, no unread state): it may be page-cached for them.
export const handle = { i18n: ["forum"], cache: "public" };
export const meta = titleMeta;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = routeLocale(params);
  const { viewer, topic } = await loadTopic(request, context, params.topic);
  const url = new URL(request.url);
  // A permalink (?post=N#post-N) opens the page that holds post N.
  const postParam = Number(url.searchParams.get("post"));
  const page = Number.isSafeInteger(postParam) && postParam > 0 ? await pageOfPost(topic.id, postParam, viewer) : Math.max(1, Math.min(10_000, Number(url.searchParams.get("page")) || 1));
  const canonical = `${topic.number}-${topic.slug}`;
  if (params.topic !== canonical) throw redirect(`${topicPath(locale, topic)}${url.search}`, 301);
  const list = await listPosts(topic.id, viewer, page);
  const user = viewer.user;
  if (user && list.posts.length) await markRead(user.id, topic.id, list.posts.at(-1)!.postNumber);
  const quoteN = Number(url.searchParams.get("quote"));
  const quoted = quoteN ? list.posts.find((p) => p.postNumber === quoteN && !p.hiddenAt) : undefined;
  const quote = quoted ? `> **${quoted.author?.name ?? "—"}** (#${quoted.postNumber}):\n${quoted.body.split("\n").map((l) => `> ${l}`).join("\n")}\n\n` : "";
  return {
    title: topic.title,
    locale,
    topic: {
      id: topic.id,
      number: topic.number,
      slug: topic.slug,
      title: topic.title,
      language: topic.language,
      locked: topic.locked,
      pinned: topic.pinned,
      hidden: !!topic.hiddenAt,
      solutionPostId: topic.solutionPostId,
      authorId: topic.authorId,
      category: { slug: topic.category.slug, name: categoryText(topic.category.text, locale).name, id: topic.categoryId },
    },
    page,
    pageCount: list.pageCount,
    posts: list.posts.map((p) => ({
      id: p.id,
      number: p.postNumber,
      html: p.html,
      language: p.language,
      author: p.author?.name ?? null,
      orgName: p.orgName,
      createdAt: p.createdAt,
      edited: !!p.editedAt,
      hidden: !!p.hiddenAt,
      hiddenReason: viewer.isModerator ? p.hiddenReason : null,
      revisions: p._count.revisions,
      mine: !!user && p.authorId === user.id,
      canEdit: canEdit(viewer, { authorId: p.authorId, topic }),
    })),
    signedIn: !!user,
    canReply: canWrite(viewer, topic.category.visibility) && (!topic.locked || viewer.isModerator),
    canSolve: !!user && (user.id === topic.authorId || viewer.isModerator),
    isModerator: viewer.isModerator,
    subscribed: user ? await isSubscribed(user.id, topic.id) : false,
    categories: viewer.isModerator ? (await allCategories()).map((c) => ({ id: c.id, name: categoryText(c.text, locale).name })) : [],
    replyKey: randomUUID(),
    quote,
  };
}

type ActionResult = { intent: string; result?: SubmissionResult<string[]>; preview?: string; notice?: string; error?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = routeLocale(params);
  const { viewer, topic } = await loadTopic(request, context, params.topic, { signedIn: true });
  const user = viewer.user!;
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const origin = publicOrigin(request);

  if (intent === "reply" || intent === "previewReply") {
    if (!canWrite(viewer, topic.category.visibility)) throw forbidden();
    const submission = parseWithZod(form, { schema: ReplySchema });
    if (submission.status !== "success") return data<ActionResult>({ intent, result: submission.reply() }, { status: 400 });
    const v = submission.value;
    if (!user.emailVerifiedAt && hasLink(v.body)) {
      return data<ActionResult>({ intent, result: submission.reply({ fieldErrors: { body: ["validation:noLinksYet"] } }) }, { status: 400 });
    }
    if (intent === "previewReply") return data<ActionResult>({ intent, preview: (await renderPost(v.body, locale)).html, result: submission.reply() });
    if (topic.locked && !viewer.isModerator) return data<ActionResult>({ intent, error: "locked" }, { status: 409 });
    await consume("forumPost", user.id);
    const r = await createReply(user, topic, { body: v.body, language: v.language, key: v.key }, locale, origin);
    if (!r.ok) return data<ActionResult>({ intent, error: r.error }, { status: 409 });
    return redirect(`${topicPath(locale, topic)}?post=${r.postNumber}#post-${r.postNumber}`);
  }
  if (intent === "flag") {
    const submission = parseWithZod(form, { schema: FlagSchema });
    if (submission.status !== "success") return data<ActionResult>({ intent, result: submission.reply() }, { status: 400 });
    await consume("forumPost", user.id);
    await flagPost(submission.value.postId, user.id, submission.value.reason);
    return data<ActionResult>({ intent, notice: "flagged" });
  }
  if (["solution", "unsolve", "subscribe", "unsubscribe"].includes(intent)) {
    const submission = parseWithZod(form, { schema: TopicActionSchema });
    if (submission.status !== "success") return data<ActionResult>({ intent, error: "invalid" }, { status: 400 });
    const v = submission.value;
    if (v.intent === "subscribe" || v.intent === "unsubscribe") {
      await setSubscribed(user.id, topic.id, v.intent === "subscribe");
      return data<ActionResult>({ intent, notice: v.intent === "subscribe" ? "subscribed" : "unsubscribed" });
    }
    if (user.id !== topic.authorId && !viewer.isModerator) throw forbidden();
    if (!(await markSolution(topic, v.intent === "solution" ? v.postId : null, origin))) throw notFound();
    return data<ActionResult>({ intent, notice: v.intent === "solution" ? "solved" : "unsolved" });
  }
  // Everything else is moderation.
  assertModerator(viewer);
  const submission = parseWithZod(form, { schema: ModerateSchema });
  if (submission.status !== "success") return data<ActionResult>({ intent, error: "invalid" }, { status: 400 });
  const v = submission.value;
  switch (v.intent) {
    case "hide":
    case "unhide":
      if (!(await setPostHidden(topic, v.postId, v.intent === "hide", user, v.reason, origin))) throw notFound();
      break;
    case "lock":
    case "unlock":
      await changeTopic(topic, { locked: v.intent === "lock" }, user, v.reason);
      break;
    case "pin":
    case "unpin":
      await changeTopic(topic, { pinned: v.intent === "pin" }, user, v.reason);
      break;
    case "move":
      if (!(await allCategories()).some((c) => c.id === v.categoryId)) return data<ActionResult>({ intent, error: "invalid" }, { status: 400 });
      await changeTopic(topic, { categoryId: v.categoryId }, user, v.reason);
      break;
  }
  return data<ActionResult>({ intent, notice: v.intent });
}

export default function TopicPage() {
  const { t } = useTranslation("forum");
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>() as ActionResult | undefined;
  const [searchParams] = useSearchParams();
  const replyErrors = a?.intent === "reply" || a?.intent === "previewReply" ? (a.result?.error ?? {}) : {};
  const replyBody = a?.intent === "previewReply" || a?.intent === "reply" ? String((a.result?.initialValue as Record<string, unknown> | undefined)?.body ?? "") : d.quote;
  return (
    <div className="page topic-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${d.locale}/forum`}>{t("title")}</Link> › <Link to={`/${d.locale}/forum/${d.topic.category.slug}`}>{d.topic.category.name}</Link>
      </nav>
      <h1 lang={d.topic.language !== d.locale ? d.topic.language : undefined}>{d.topic.title}</h1>
      <p className="topic-badges">
        {d.topic.pinned ? <span className="badge">{t("topic.pinned")}</span> : null}
        {d.topic.locked ? <span className="badge">{t("topic.locked")}</span> : null}
        {d.topic.solutionPostId ? <span className="badge badge-ok">{t("topic.solved")}</span> : null}
        {d.topic.hidden ? <span className="badge badge-warn">{t("topic.hidden")}</span> : null}
        <span className="muted">{localeNames[d.topic.language as Locale] ?? d.topic.language}</span>
      </p>
      {a?.notice ? <Notice>{t(`notice.${a.notice}`)}</Notice> : null}
      {a?.error ? <p className="notice notice-error" role="alert">{t(`error.${a.error}`)}</p> : null}
      {d.signedIn ? (
        <Form method="post" className="inline-form">
          <button type="submit" name="intent" value={d.subscribed ? "unsubscribe" : "subscribe"} className="button button-small button-secondary">
            {d.subscribed ? t("topic.unsubscribe") : t("topic.subscribe")}
          </button>
        </Form>
      ) : null}

      <ol className="post-list">
        {d.posts.map((p) => (
          <li key={p.id} id={`post-${p.number}`} className={`post${p.hidden ? " post-hidden" : ""}${p.id === d.topic.solutionPostId ? " post-solution" : ""}`}>
            <article aria-labelledby={`post-${p.number}-by`}>
              <header className="post-head">
                <p id={`post-${p.number}-by`}>
                  <strong>{p.author ?? t("post.deletedUser")}</strong>
                  {p.orgName ? <span className="muted"> · {p.orgName}</span> : null}
                </p>
                <p className="muted small">
                  <a href={`#post-${p.number}`} aria-label={t("post.permalink", { number: p.number })}>#{p.number}</a> ·{" "}
                  <time dateTime={new Date(p.createdAt).toISOString()}>{formatDateTime(p.createdAt, d.locale)}</time>
                  {p.edited ? <> · {t("post.edited")}</> : null}
                  {p.id === d.topic.solutionPostId ? <> · <strong>{t("post.solution")}</strong></> : null}
                  {p.hidden ? <> · <strong>{t("post.hidden")}</strong>{p.hiddenReason ? `: ${p.hiddenReason}` : ""}</> : null}
                </p>
              </header>
              <div className="post-body" lang={p.language !== d.locale ? p.language : undefined} dangerouslySetInnerHTML={{ __html: p.html }} />
              <footer className="post-actions actions">
                {d.canReply && !p.hidden ? <Link to={`?quote=${p.number}#reply`} preventScrollReset>{t("post.quote")}</Link> : null}
                {p.canEdit ? <Link to={`/${d.locale}/forum/p/${p.id}/edit`}>{t("post.edit")}</Link> : null}
                {p.revisions && (p.mine || d.isModerator) ? <Link to={`/${d.locale}/forum/p/${p.id}/edit#history`}>{t("post.history", { count: p.revisions })}</Link> : null}
                {d.canSolve && p.number > 1 && !p.hidden ? (
                  <Form method="post" className="inline-form">
                    {p.id === d.topic.solutionPostId ? (
                      <button type="submit" name="intent" value="unsolve" className="link-button">{t("post.unmarkSolution")}</button>
                    ) : (
                      <>
                        <input type="hidden" name="postId" value={p.id} />
                        <button type="submit" name="intent" value="solution" className="link-button">{t("post.markSolution")}</button>
                      </>
                    )}
                  </Form>
                ) : null}
                {d.isModerator ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="postId" value={p.id} />
                    <button type="submit" name="intent" value={p.hidden ? "unhide" : "hide"} className="link-button">{p.hidden ? t("mod.unhide") : t("mod.hide")}</button>
                  </Form>
                ) : null}
                {d.signedIn && !p.mine && !p.hidden ? (
                  <details className="flag">
                    <summary>{t("post.flag")}</summary>
                    <Form method="post" className="stack">
                      <input type="hidden" name="intent" value="flag" />
                      <input type="hidden" name="postId" value={p.id} />
                      <label htmlFor={`flag-${p.number}`}>{t("post.flagReason")}</label>
                      <input id={`flag-${p.number}`} name="reason" type="text" required minLength={3} maxLength={500} />
                      <button type="submit" className="button button-small button-secondary">{t("post.flagSubmit")}</button>
                    </Form>
                  </details>
                ) : null}
              </footer>
            </article>
          </li>
        ))}
      </ol>
      <Pagination page={d.page} pageCount={d.pageCount} />

      {d.isModerator ? (
        <section className="panel" aria-labelledby="mod-title">
          <h2 id="mod-title">{t("mod.title")}</h2>
          <Form method="post" className="stack">
            <div className="field">
              <label htmlFor="mod-reason">{t("mod.reason")}</label>
              <input id="mod-reason" name="reason" type="text" maxLength={500} />
            </div>
            <p className="actions">
              <button type="submit" name="intent" value={d.topic.locked ? "unlock" : "lock"} className="button button-secondary">{d.topic.locked ? t("mod.unlock") : t("mod.lock")}</button>
              <button type="submit" name="intent" value={d.topic.pinned ? "unpin" : "pin"} className="button button-secondary">{d.topic.pinned ? t("mod.unpin") : t("mod.pin")}</button>
            </p>
            <div className="field">
              <label htmlFor="mod-category">{t("mod.moveTo")}</label>
              <select id="mod-category" name="categoryId" defaultValue={d.topic.category.id}>
                {d.categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </div>
            <p><button type="submit" name="intent" value="move" className="button button-secondary">{t("mod.move")}</button></p>
          </Form>
        </section>
      ) : null}

      <section id="reply" aria-labelledby="reply-title" className="panel">
        <h2 id="reply-title">{t("reply.title")}</h2>
        {d.canReply ? (
          <Form method="post" className="stack" key={`${searchParams.get("quote")}-${d.replyKey}`}>
            <FormErrors errors={a?.result?.error?.[""]} />
            <PostFormGuards idempotencyKey={d.replyKey} />
            <BodyField id="reply-body" defaultValue={replyBody} errors={replyErrors.body ?? undefined} autoFocus={!!searchParams.get("quote")} />
            <LanguageSelect id="reply-language" value={d.locale} errors={replyErrors.language ?? undefined} />
            {a?.intent === "previewReply" ? <Preview html={a.preview} /> : null}
            <SubmitButtons submit={{ intent: "reply", label: t("reply.submit") }} preview={{ intent: "previewReply", label: t("form.preview") }} />
          </Form>
        ) : d.topic.locked ? (
          <p className="muted">{t("reply.locked")}</p>
        ) : d.signedIn ? (
          <p className="muted">{t("reply.membersOnly")}</p>
        ) : (
          <SignInButton locale={d.locale} returnTo={`/${d.locale}/forum/t/${d.topic.number}-${d.topic.slug}`}>{t("reply.signIn")}</SignInButton>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
