import { useTranslation } from "react-i18next";

/**
 * What a colleague saved while this form was open (the edit was refused with
 * 409): their values, translated, so the reader can merge before saving again.
 */
export function ConflictNotice({
  values,
  owners,
}: {
  values: Record<string, unknown>;
  owners: { id: string; name: string }[];
}) {
  const { t } = useTranslation("contacts");
  const shown = (k: string, v: unknown) =>
    k === "stage"
      ? t(`stages.${String(v)}`)
      : k === "source"
        ? t(`sources.${String(v)}`)
        : k === "ownerId"
          ? (owners.find((o) => o.id === v)?.name ?? String(v))
          : String(v);
  return (
    <div className="notice notice-error" role="alert">
      <p>{t("detail.conflict")}</p>
      <dl className="meta-list">
        {Object.entries(values)
          .filter(([k, v]) => v && k !== "linkedOrgSlug")
          .map(([k, v]) => (
            <div key={k}>
              <dt>{t(`fields.${k}`)}</dt>
              <dd>{shown(k, v)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
