import { Link, useFetcher } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "#app/utils/format.ts";
import type { ContactItem } from "../contacts-page.server.ts";
import { dayDate, type Stage } from "../contacts.schema.ts";
import { MoveForm } from "./contact-bits.tsx";

/**
 * The tracker as columns by stage. Cards move by drag and drop (through a
 * fetcher) or by each card's own select, which also works without JavaScript.
 */
export function ContactsBoard({
  columns,
  truncated,
  locale,
}: {
  columns: { stage: Stage; contacts: ContactItem[] }[];
  truncated: boolean;
  locale: string;
}) {
  const { t } = useTranslation("contacts");
  const fetcher = useFetcher();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const pending = fetcher.formData
    ? { id: String(fetcher.formData.get("contactId")), stage: String(fetcher.formData.get("stage")) }
    : null;
  // While a move is in flight the card already shows in its new column.
  const shown = columns.map((col) => ({
    ...col,
    contacts: [
      ...col.contacts.filter((c) => !(pending && c.id === pending.id && pending.stage !== col.stage)),
      ...(pending && pending.stage === col.stage
        ? columns.flatMap((o) => o.contacts).filter((c) => c.id === pending.id && c.stage !== col.stage)
        : []),
    ],
  }));
  return (
    <section aria-labelledby="board-title">
      <h2 id="board-title">{t("board.title")}</h2>
      <p className="field-hint">{t("board.hint")}</p>
      {truncated ? <p className="notice notice-info">{t("board.truncated")}</p> : null}
      <div className="board">
        {shown.map((col) => (
          <section
            key={col.stage}
            className={`board-column${over === col.stage ? " drop-target" : ""}`}
            aria-labelledby={`col-${col.stage}`}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              setOver(col.stage);
            }}
            onDragLeave={() => setOver((s) => (s === col.stage ? null : s))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              if (dragging)
                fetcher.submit({ intent: "move", contactId: dragging, stage: col.stage }, { method: "post" });
              setDragging(null);
            }}
          >
            <h3 id={`col-${col.stage}`}>
              {t(`stages.${col.stage}`)} <span className="count">{col.contacts.length}</span>
            </h3>
            <ul className="board-cards">
              {col.contacts.map((c) => (
                <li
                  key={c.id}
                  className="board-card"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData("text/plain", c.id);
                    setDragging(c.id);
                  }}
                  onDragEnd={() => setDragging(null)}
                >
                  <Link to={`/${locale}/contacts/${c.id}`}>{c.label}</Link>
                  {c.countryName ? <span className="muted"> · {c.countryName}</span> : null}
                  {c.owner ? <p className="muted small">{t("board.owner", { name: c.owner })}</p> : null}
                  {c.nextStep ? (
                    <p className="small">
                      {c.nextStep}
                      {c.due ? (
                        <>
                          {" "}
                          ·{" "}
                          <time dateTime={c.due} className={c.overdue ? "overdue" : undefined}>
                            {formatDate(dayDate(c.due), locale)}
                          </time>
                        </>
                      ) : null}
                    </p>
                  ) : null}
                  <MoveForm contactId={c.id} stage={c.stage} label={c.label} />
                </li>
              ))}
            </ul>
            {col.contacts.length === 0 ? <p className="muted small">{t("board.emptyColumn")}</p> : null}
          </section>
        ))}
      </div>
    </section>
  );
}
