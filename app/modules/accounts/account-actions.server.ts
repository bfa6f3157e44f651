import { parseWithZod } from "@conform-to/zod";
import { reply, type IntentHandler } from "#app/utils/action.server.ts";
import { invalidateUserSessions, type CurrentSession } from "#app/utils/session.server.ts";
import { ChangePasswordSchema, ProfileSchema, SignOutSessionSchema } from "./accounts.schema.ts";
import { changePassword, endOwnSession, getAccount, sendVerificationEmail, updateProfile } from "./accounts.server.ts";

/** What every intent of the account page gets: the signed-in session and the site's public origin (for emailed links). */
export type AccountActionContext = { session: CurrentSession; origin: string };

// Passwords never travel back into the form after a failed submission.
const hideFields = ["currentPassword", "password", "confirm"];

/** The account page's forms, one function per intent. */
export const accountActions: Record<string, IntentHandler<AccountActionContext>> = {
  async profile(form, { session }) {
    const submission = parseWithZod(form, { schema: ProfileSchema });
    if (submission.status !== "success")
      return reply(400, { intent: "profile", result: submission.reply({ hideFields }) });
    await updateProfile(session.user.id, { name: submission.value.name, locale: submission.value.locale });
    return reply(200, { intent: "profile", result: submission.reply(), notice: "profileSaved" });
  },
  async password(form, { session }) {
    const submission = parseWithZod(form, { schema: ChangePasswordSchema });
    if (submission.status !== "success")
      return reply(400, { intent: "password", result: submission.reply({ hideFields }) });
    const { currentPassword, password } = submission.value;
    if (!(await changePassword(session.user.id, currentPassword, password, session.id))) {
      return reply(400, {
        intent: "password",
        result: submission.reply({ fieldErrors: { currentPassword: ["validation:wrongPassword"] }, hideFields }),
      });
    }
    return reply(200, { intent: "password", result: submission.reply({ resetForm: true }), notice: "passwordChanged" });
  },
  async signOutOthers(_form, { session }) {
    await invalidateUserSessions(session.user.id, session.id);
    return reply(200, { intent: "signOutOthers", notice: "signedOutOthers" });
  },
  async signOutSession(form, { session }) {
    const submission = parseWithZod(form, { schema: SignOutSessionSchema });
    if (submission.status !== "success") return reply(400, { intent: "signOutSession", result: submission.reply() });
    await endOwnSession(session.user.id, submission.value.sessionId);
    return reply(200, { intent: "signOutSession", notice: "sessionEnded" });
  },
  async resendVerification(_form, { session, origin }) {
    const account = await getAccount(session.user.id);
    if (!account.emailVerifiedAt) await sendVerificationEmail(account, origin);
    return reply(200, { intent: "resendVerification", notice: "verificationSent" });
  },
};
