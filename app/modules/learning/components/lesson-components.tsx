import { useFetcher } from "@remix-run/react";
import { createContext, useContext, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList } from "#app/components/ui/field.tsx";
import type { ActionResult } from "#app/utils/action.server.ts";

// Components that lessons use in MDX. They read the lesson's data from
// context: quizzes without their answers (graded on the server), the
// person's saved state, and where downloads live.

export type QuizView = {
  question: string;
  multiple: boolean;
  options: { text: string; selected: boolean; correct?: boolean; feedback?: string }[];
  answered: boolean;
  score: number | null;
  passed: boolean | null;
};
export type LessonContextValue = {
  locale: string;
  signedIn: boolean;
  quizzes: Record<string, QuizView>;
  checklists: Record<string, { title: string; items: { id: string; text: string; checked: boolean }[] }>;
  reflections: Record<string, { prompt: string; text: string }>;
  downloads: Record<string, string>;
  countryNames: Record<string, string>;
};

export const LessonContext = createContext<LessonContextValue | null>(null);
const useLesson = () => {
  const value = useContext(LessonContext);
  if (!value) throw new Error("lesson components need a LessonContext");
  return value;
};

/** Id of the lesson page's sign-in form, which the widgets' sign-in buttons submit. */
export const SIGN_IN_FORM_ID = "lesson-sign-in";

function SignInToSave() {
  const { t } = useTranslation("learning");
  // Widgets are forms themselves, so this button submits the page's sign-in form (forms do not nest).
  return (
    <p className="muted">
      <button type="submit" form={SIGN_IN_FORM_ID} className="link-button">
        {t("lesson.signInToSave")}
      </button>
    </p>
  );
}

export function Quiz({ id }: { id: string }) {
  const { t } = useTranslation("learning");
  const { quizzes, signedIn } = useLesson();
  const fetcher = useFetcher<ActionResult>();
  const quiz = quizzes[id];
  if (!quiz) return null;
  const headingId = `quiz-${id}-q`;
  const busy = fetcher.state !== "idle";
  return (
    <section className="lesson-widget quiz" id={`quiz-${id}`} aria-labelledby={headingId}>
      <p className="widget-kind">{quiz.multiple ? t("quiz.kindMultiple") : t("quiz.kindSingle")}</p>
      {/* The grading below belongs to the choice that was checked (data-graded). Once the
          choice changes, app.css hides it, with or without JavaScript, so old feedback
          never stands beside a new choice and the button always checks what is chosen now. */}
      <fetcher.Form method="post" preventScrollReset className="quiz-form">
        <input type="hidden" name="intent" value="quiz" />
        <input type="hidden" name="quizId" value={id} />
        <fieldset>
          <legend id={headingId}>{quiz.question}</legend>
          <ul className="quiz-options">
            {quiz.options.map((o, i) => (
              <li
                key={i}
                className={o.correct === true ? "is-correct" : o.correct === false ? "is-wrong" : undefined}
                data-graded={quiz.answered && o.selected ? "" : undefined}
              >
                <label>
                  <input
                    type={quiz.multiple ? "checkbox" : "radio"}
                    name="option"
                    value={i}
                    defaultChecked={o.selected}
                    disabled={!signedIn}
                  />{" "}
                  {o.text}
                </label>
                {o.feedback ? (
                  <p className="quiz-feedback quiz-graded">
                    <span aria-hidden="true" className="quiz-mark">
                      {o.correct ? "✓" : "✗"}
                    </span>
                    <span className="visually-hidden">{o.correct ? t("quiz.right") : t("quiz.wrong")} </span>
                    {o.feedback}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </fieldset>
        <ErrorList errors={fetcher.data?.result?.error?.option} />
        {signedIn ? (
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t("quiz.check")}
          </button>
        ) : (
          <SignInToSave />
        )}
        <div aria-live="polite">
          {quiz.answered ? (
            <p className={`quiz-graded ${quiz.passed ? "notice" : "notice notice-error"}`}>
              {quiz.passed
                ? t("quiz.passed", { percent: Math.round((quiz.score ?? 0) * 100) })
                : t("quiz.notPassed", { percent: Math.round((quiz.score ?? 0) * 100) })}
            </p>
          ) : null}
        </div>
      </fetcher.Form>
    </section>
  );
}

export function Checklist({ id }: { id: string }) {
  const { t } = useTranslation("learning");
  const { checklists, signedIn } = useLesson();
  const fetcher = useFetcher();
  const form = useRef<HTMLFormElement>(null);
  const list = checklists[id];
  if (!list) return null;
  const done = list.items.filter((i) => i.checked).length;
  return (
    <section className="lesson-widget checklist" aria-labelledby={`checklist-${id}`}>
      <h3 id={`checklist-${id}`}>{list.title}</h3>
      <fetcher.Form method="post" ref={form} preventScrollReset>
        <input type="hidden" name="intent" value="checklist" />
        <input type="hidden" name="checklistId" value={id} />
        <ul className="checklist-items">
          {list.items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  name="item"
                  value={item.id}
                  defaultChecked={item.checked}
                  disabled={!signedIn}
                  // With JavaScript a tick is saved at once; without, the button below saves.
                  onChange={() => form.current && fetcher.submit(form.current)}
                />{" "}
                {item.text}
              </label>
            </li>
          ))}
        </ul>
        <p className="muted" aria-live="polite">
          {t("checklist.progress", { done, count: list.items.length })}
        </p>
        {signedIn ? (
          <noscript>
            <button type="submit" className="button button-secondary">
              {t("checklist.save")}
            </button>
          </noscript>
        ) : (
          <SignInToSave />
        )}
      </fetcher.Form>
    </section>
  );
}

export function Reflection({ id }: { id: string }) {
  const { t } = useTranslation("learning");
  const { reflections, signedIn } = useLesson();
  const fetcher = useFetcher<ActionResult>();
  const r = reflections[id];
  if (!r) return null;
  const fieldId = `reflection-${id}`;
  return (
    <section className="lesson-widget reflection" aria-labelledby={`${fieldId}-label`}>
      <fetcher.Form method="post" preventScrollReset className="stack">
        <input type="hidden" name="intent" value="reflection" />
        <input type="hidden" name="promptId" value={id} />
        <label id={`${fieldId}-label`} htmlFor={fieldId} className="reflection-prompt">
          {r.prompt}
        </label>
        <p className="field-hint" id={`${fieldId}-hint`}>
          {t("reflection.private")}
        </p>
        <textarea
          id={fieldId}
          name="text"
          rows={5}
          defaultValue={r.text}
          disabled={!signedIn}
          aria-describedby={`${fieldId}-hint`}
          maxLength={5000}
        />
        <ErrorList errors={fetcher.data?.result?.error?.text} />
        {signedIn ? (
          <p>
            <button type="submit" className="button button-secondary" disabled={fetcher.state !== "idle"}>
              {t("reflection.save")}
            </button>{" "}
            <span aria-live="polite" className="muted">
              {fetcher.state === "idle" && fetcher.data && !fetcher.data.result?.error ? t("reflection.saved") : ""}
            </span>
          </p>
        ) : (
          <SignInToSave />
        )}
      </fetcher.Form>
    </section>
  );
}

export function CaseStudy({
  organisation,
  country,
  city,
  since,
  children,
}: {
  organisation: string;
  country?: string;
  city?: string;
  since?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation("learning");
  const { countryNames } = useLesson();
  const place = [city, country ? (countryNames[country] ?? country) : undefined].filter(Boolean).join(", ");
  return (
    <aside className="case-study" aria-label={t("caseStudy.label", { organisation })}>
      <p className="widget-kind">{t("caseStudy.kind")}</p>
      <p className="case-org">
        <strong>{organisation}</strong>
        {place ? <span> · {place}</span> : null}
        {since ? <span> · {t("caseStudy.since", { year: since })}</span> : null}
      </p>
      <div className="case-body">{children}</div>
    </aside>
  );
}

export function Download({ file, title }: { file: string; title?: string }) {
  const { t } = useTranslation("learning");
  const { downloads } = useLesson();
  const href = downloads[file];
  if (!href) return null;
  return (
    <p className="download">
      <a href={href} download>
        {title ?? file}
      </a>{" "}
      <span className="muted">({t("download.template", { file })})</span>
    </p>
  );
}

export const lessonComponents = { Quiz, Checklist, Reflection, CaseStudy, Download };
