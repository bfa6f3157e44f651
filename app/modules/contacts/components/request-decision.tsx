import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Accept and decline buttons for one open contact request; each names the organisation for screen readers. */
export function RequestDecision({ requestId, orgName }: { requestId: string; orgName: string }) {
  const { t } = useTranslation("contacts");
  return (
    <Form method="post" className="actions">
      <input type="hidden" name="requestId" value={requestId} />
      <button
        type="submit"
        name="intent"
        value="accept"
        className="button"
        aria-label={t("requests.acceptNamed", { org: orgName })}
      >
        {t("requests.accept")}
      </button>
      <button
        type="submit"
        name="intent"
        value="decline"
        className="button button-secondary"
        aria-label={t("requests.declineNamed", { org: orgName })}
      >
        {t("requests.decline")}
      </button>
    </Form>
  );
}
