import { Form, Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignInButton } from "#app/components/sign-in-button.tsx";
import { FormErrors } from "#app/components/ui/field.tsx";
import { formatDateTime } from "#app/utils/format.ts";
import { localeNames, type Locale } from "#app/utils/i18n.ts";
import type { TopicPage } from "../forum-page.server.ts";
import type { TopicActionResult } from "../topic-actions.server.ts";
import { BodyField, LanguageSelect, PostFormGuards, Preview, SubmitButtons } from "./post-form.tsx";

// The parts of a topic page: its head, one post with what the viewer may do
// with it, the moderators' panel and the reply form.

type Props = { d: TopicPage };
type Post = TopicPage["posts"][number];

/** Breadcrumb, title (with its own lang when the topic is in another language) and state badges. */
export function TopicHead({ d }: Props) {
  const { t } = useTranslation("forum");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${d.locale}/forum`}>{t("title")}</Link> ›{" "}
        <Link to={`/${d.locale}/forum/${d.topic.category.slug}`}>{d.topic.category.name}</Link>
      </nav>
      <h1 lang={d.topic.language !== d.locale ? d.topic.language : undefined}>{d.topic.title}</h1>
      <p className="topic-badges">
        {d.topic.pinned ? <span className="badge">{t("topic.pinned")}</span> : null}
        {d.topic.locked ? <span className="badge">{t("topic.locked")}</span> : null}
        {d.topic.solutionPostId ? <span className="badge badge-ok">{t("topic.solved")}</span> : null}
        {d.topic.hidden ? <span className="badge badge-warn">{t("topic.hidden")}</span> : null}
        <span className="muted">{localeNames[d.topic.language as Locale] ?? d.topic.language}</span>
      </p>
    </>
  );
}

/** One post: author, number, date and state, the body, and the actions the viewer may take on it. */
export function TopicPost({ d, p }: Props & { p: Post }) {
  const { t } = useTranslation("forum");
  const isSolution = p.id === d.topic.solutionPostId;
  return (
    <li
      id={`post-${p.number}`}
      className={`post${p.hidden ? " post-hidden" : ""}${isSolution ? " post-solution" : ""}`}
    >
      <article aria-labelledby={`post-${p.number}-by`}>
        <header className="post-head">
          <p id={`post-${p.number}-by`}>
            <strong>{p.author ?? t("post.deletedUser")}</strong>
            {p.orgName ? <span className="muted"> · {p.orgName}</span> : null}
          </p>
          <p className="muted small">
            <a href={`#post-${p.number}`} aria-label={t("post.permalink", { number: p.number })}>
              #{p.number}
            </a>{" "}
            · <time dateTime={new Date(p.createdAt).toISOString()}>{formatDateTime(p.createdAt, d.locale)}</time>
            {p.edited ? <> · {t("post.edited")}</> : null}
            {isSolution ? (
              <>
                {" "}
                · <strong>{t("post.solution")}</strong>
              </>
            ) : null}
            {p.hidden ? (
              <>
                {" "}
                · <strong>{t("post.hidden")}</strong>
                {p.hiddenReason ? `: ${p.hiddenReason}` : ""}
              </>
            ) : null}
          </p>
        </header>
        <div
          className="post-body"
          lang={p.language !== d.locale ? p.language : undefined}
          dangerouslySetInnerHTML={{ __html: p.html }}
        />
        <footer className="post-actions actions">
          {d.canReply && !p.hidden ? (
            <Link to={`?quote=${p.number}#reply`} preventScrollReset>
              {t("post.quote")}
            </Link>
          ) : null}
          {p.canEdit ? <Link to={`/${d.locale}/forum/p/${p.id}/edit`}>{t("post.edit")}</Link> : null}
          {p.revisions && (p.mine || d.isModerator) ? (
            <Link to={`/${d.locale}/forum/p/${p.id}/edit#history`}>{t("post.history", { count: p.revisions })}</Link>
          ) : null}
          {d.canSolve && p.number > 1 && !p.hidden ? (
            <Form method="post" className="inline-form">
              {isSolution ? (
                <button type="submit" name="intent" value="unsolve" className="link-button">
                  {t("post.unmarkSolution")}
                </button>
              ) : (
                <>
                  <input type="hidden" name="postId" value={p.id} />
                  <button type="submit" name="intent" value="solution" className="link-button">
                    {t("post.markSolution")}
                  </button>
                </>
              )}
            </Form>
          ) : null}
          {d.isModerator ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="postId" value={p.id} />
              <button type="submit" name="intent" value={p.hidden ? "unhide" : "hide"} className="link-button">
                {p.hidden ? t("mod.unhide") : t("mod.hide")}
              </button>
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
                <button type="submit" className="button button-small button-secondary">
                  {t("post.flagSubmit")}
                </button>
              </Form>
            </details>
          ) : null}
        </footer>
      </article>
    </li>
  );
}

/** Lock, pin and move the topic, with a reason for the audit log (moderators only). */
export function TopicModeration({ d }: Props) {
  const { t } = useTranslation("forum");
  return (
    <section className="panel" aria-labelledby="mod-title">
      <h2 id="mod-title">{t("mod.title")}</h2>
      <Form method="post" className="stack">
        <div className="field">
          <label htmlFor="mod-reason">{t("mod.reason")}</label>
          <input id="mod-reason" name="reason" type="text" maxLength={500} />
        </div>
        <p className="actions">
          <button
            type="submit"
            name="intent"
            value={d.topic.locked ? "unlock" : "lock"}
            className="button button-secondary"
          >
            {d.topic.locked ? t("mod.unlock") : t("mod.lock")}
          </button>
          <button
            type="submit"
            name="intent"
            value={d.topic.pinned ? "unpin" : "pin"}
            className="button button-secondary"
          >
            {d.topic.pinned ? t("mod.unpin") : t("mod.pin")}
          </button>
        </p>
        <div className="field">
          <label htmlFor="mod-category">{t("mod.moveTo")}</label>
          <select id="mod-category" name="categoryId" defaultValue={d.topic.category.id}>
            {d.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" name="intent" value="move" className="button button-secondary">
            {t("mod.move")}
          </button>
        </p>
      </Form>
    </section>
  );
}

/** The reply form (with a quote from ?quote=N and the typed text kept after a preview or an error), or why there is none. */
export function ReplySection({ d, a }: Props & { a: TopicActionResult | undefined }) {
  const { t } = useTranslation("forum");
  const [searchParams] = useSearchParams();
  const ours = a?.intent === "reply" || a?.intent === "previewReply";
  const errors = ours ? (a.result?.error ?? {}) : {};
  const body = ours ? String((a.result?.initialValue as Record<string, unknown> | undefined)?.body ?? "") : d.quote;
  return (
    <section id="reply" aria-labelledby="reply-title" className="panel">
      <h2 id="reply-title">{t("reply.title")}</h2>
      {d.canReply ? (
        <Form method="post" className="stack" key={`${searchParams.get("quote")}-${d.replyKey}`}>
          <FormErrors errors={a?.result?.error?.[""]} />
          <PostFormGuards idempotencyKey={d.replyKey} />
          <BodyField
            id="reply-body"
            defaultValue={body}
            errors={errors.body ?? undefined}
            autoFocus={!!searchParams.get("quote")}
          />
          <LanguageSelect id="reply-language" value={d.locale} errors={errors.language ?? undefined} />
          {a?.intent === "previewReply" ? <Preview html={a.preview} /> : null}
          <SubmitButtons
            submit={{ intent: "reply", label: t("reply.submit") }}
            preview={{ intent: "previewReply", label: t("form.preview") }}
          />
        </Form>
      ) : d.topic.locked ? (
        <p className="muted">{t("reply.locked")}</p>
      ) : d.signedIn ? (
        <p className="muted">{t("reply.membersOnly")}</p>
      ) : (
        <SignInButton locale={d.locale} returnTo={`/${d.locale}/forum/t/${d.topic.number}-${d.topic.slug}`}>
          {t("reply.signIn")}
        </SignInButton>
      )}
    </section>
  );
}
