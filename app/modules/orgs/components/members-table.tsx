import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { OrgPage } from "../orgs-page.server.ts";

type Member = OrgPage["members"][number];

/** Remove a member, and (for the organisation's own admin) hand the admin role to them. */
function MemberActions({ d, m }: { d: OrgPage; m: Member }) {
  const { t } = useTranslation("orgs");
  if (m.userId === d.myUserId) return null;
  return (
    <div className="actions">
      <Form method="post">
        <input type="hidden" name="intent" value="removeMember" />
        <input type="hidden" name="membershipId" value={m.id} />
        <button type="submit" className="link-button" aria-label={t("page.members.removeNamed", { name: m.name })}>
          {t("page.members.remove")}
        </button>
      </Form>
      {d.myRole === "ADMIN" && m.role !== "ADMIN" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="transferAdmin" />
          <input type="hidden" name="membershipId" value={m.id} />
          <button type="submit" className="link-button" aria-label={t("page.members.transferNamed", { name: m.name })}>
            {t("page.members.transfer")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** The member list for members; emails and actions only for those who manage the organisation. */
export function MembersTable({ d }: { d: OrgPage }) {
  const { t } = useTranslation("orgs");
  if (!d.canSeeMembers) return <p className="muted">{t("page.membersPrivate")}</p>;
  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">{t("page.members.title", { count: d.members.length })}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("fields.memberName")}</th>
              {d.canManage ? <th scope="col">{t("fields.email")}</th> : null}
              <th scope="col">{t("fields.role")}</th>
              {d.canManage ? (
                <th scope="col">
                  <span className="visually-hidden">{t("page.members.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {d.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                {d.canManage ? <td>{m.email}</td> : null}
                <td>{t(`roles.${m.role}`)}</td>
                {d.canManage ? (
                  <td>
                    <MemberActions d={d} m={m} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
