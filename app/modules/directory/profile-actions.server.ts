import { parseWithZod } from "@conform-to/zod";
import { redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { assertCan, type Viewer } from "#app/modules/access/access.server.ts";
import { reply, type IntentHandler } from "#app/utils/action.server.ts";
import { readForm } from "#app/utils/form.server.ts";
import type { Locale } from "#app/utils/i18n.ts";
import type { SessionUser } from "#app/utils/session.server.ts";
import { LOGO_MAX_BYTES, ProfileSchema, logoTypes } from "./directory.schema.ts";
import { removeLogo, saveLogo, setVerified, updateProfile, type Profile } from "./directory.server.ts";

// The actions of a directory profile (/partners/:slug) and of its edit form.

type ProfileContext = { viewer: Viewer & { user: SessionUser }; org: Profile; request: Request };

async function setBadge(intent: "verify" | "unverify", { viewer, org }: ProfileContext) {
  assertCan(viewer, "org:verify");
  await setVerified(org.id, intent === "verify");
  return reply(200, { intent, notice: intent === "verify" ? "verified" : "unverified" });
}

/** The intents of the profile page, for `dispatchIntent`. */
export const profileIntents: Record<string, IntentHandler<ProfileContext>> = {
  verify: (_form, ctx) => setBadge("verify", ctx),
  unverify: (_form, ctx) => setBadge("unverify", ctx),
};

/** What the edit form's action answers besides a redirect. */
export type ProfileEditResult = { logoError?: string };

const isMultipart = (request: Request) => (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");

/** Uploads or removes the logo (a multipart form). */
async function logoAction(request: Request, org: Profile) {
  const intent = "logo";
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: LOGO_MAX_BYTES }),
    );
  } catch {
    return reply<ProfileEditResult>(400, { intent, logoError: "validation:logoSize" });
  }
  if (form.get("intent") === "removeLogo") {
    await removeLogo(org.id);
    return reply<ProfileEditResult>(200, { intent, notice: "logoRemoved" });
  }
  const file = form.get("logo");
  if (!(file instanceof File) || file.size === 0)
    return reply<ProfileEditResult>(400, { intent, logoError: "validation:logoMissing" });
  const r = await saveLogo(org.id, file, LOGO_MAX_BYTES, logoTypes);
  if (!r.ok) return reply<ProfileEditResult>(400, { intent, logoError: `validation:${r.error}` });
  return reply<ProfileEditResult>(200, { intent, notice: "logoSaved" });
}

/** Saves the profile fields; an unknown city is a field error with suggestions from the bundled list. */
async function fieldsAction(request: Request, org: Profile, locale: Locale) {
  const intent = "profile";
  const submission = parseWithZod(await readForm(request), { schema: ProfileSchema });
  if (submission.status !== "success") return reply<ProfileEditResult>(400, { intent, result: submission.reply() });
  const r = await updateProfile(org.id, submission.value);
  if (!r.ok) {
    const message = r.suggestions.length
      ? `validation:unknownCitySuggest|suggestions=${r.suggestions.join(", ")}`
      : "validation:unknownCity";
    return reply<ProfileEditResult>(400, { intent, result: submission.reply({ fieldErrors: { city: [message] } }) });
  }
  return redirect(`/${locale}/partners/${org.slug}?notice=saved`);
}

/** The edit form's action: the logo form is multipart, the profile form is not. The caller has checked `org:edit`. */
export function profileEditAction(request: Request, org: Profile, locale: Locale) {
  return isMultipart(request) ? logoAction(request, org) : fieldsAction(request, org, locale);
}
