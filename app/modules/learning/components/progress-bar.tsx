import { useTranslation } from "react-i18next";

/** A labelled progress bar ("2 of 5 lessons"), readable without colour. */
export function ProgressBar({ completed, total }: { completed: number; total: number }) {
  const { t } = useTranslation("learning");
  const percent = total ? Math.round((completed / total) * 100) : 0;
  const label = t("progress.lessons", { done: completed, count: total });
  return (
    <div className="progress">
      <progress max={total || 1} value={completed} aria-label={label} />
      <span>{label}</span>
      <span className="visually-hidden"> ({percent} %)</span>
    </div>
  );
}
