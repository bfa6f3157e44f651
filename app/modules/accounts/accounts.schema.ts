import { z } from "zod";
import { locales } from "#app/utils/i18n.ts";
import { emailSchema, idText, oneLineText } from "#app/utils/text-schema.ts";

// Messages are i18n keys (validation namespace), translated beside the field.
export const PASSWORD_MIN = 10;

export { emailSchema };

export const passwordSchema = z
  .string({ required_error: "validation:required" })
  .min(PASSWORD_MIN, `validation:passwordTooShort|count=${PASSWORD_MIN}`)
  .max(200, "validation:tooLong|count=200");

export const nameSchema = oneLineText({ min: 2, max: 100 });

export const localeSchema = z.enum(locales, { errorMap: () => ({ message: "validation:choose" }) });

export const SignupSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema,
  consent: z.literal("on", { errorMap: () => ({ message: "validation:consentRequired" }) }),
  redirectTo: z.string().optional(),
});

export const LoginSchema = z.object({
  email: emailSchema,
  password: z.string({ required_error: "validation:required" }).max(200, "validation:tooLong|count=200"),
  redirectTo: z.string().optional(),
});

export const ForgotPasswordSchema = z.object({ email: emailSchema });

export const ResetPasswordSchema = z
  .object({ password: passwordSchema, confirm: z.string({ required_error: "validation:required" }) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation:passwordsDiffer" });

export const ProfileSchema = z.object({ intent: z.literal("profile"), name: nameSchema, locale: localeSchema });

export const ChangePasswordSchema = z
  .object({
    intent: z.literal("password"),
    currentPassword: z.string({ required_error: "validation:required" }).max(200),
    password: passwordSchema,
    confirm: z.string({ required_error: "validation:required" }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation:passwordsDiffer" });

/** Ends one other session of the account page's list. */
export const SignOutSessionSchema = z.object({ intent: z.literal("signOutSession"), sessionId: idText(64) });
