import { z } from "zod";

// Shared zod building blocks for everything users type. PostgreSQL refuses a
// NUL byte in text (a 500 before these existed), and line breaks in one-line
// fields end up in email subjects and drop-downs, so every schema takes its
// text fields from here. Messages are i18n keys (validation namespace).

/** Control characters no text field accepts: C0 except tab/LF/CR, DEL, C1 except NEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
/** Line and paragraph breaks (and tabs) that a one-line field turns into one space. */
const BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;

/** Whether a string holds a control character that no field accepts. */
export const hasForbiddenControl = (s: string) => FORBIDDEN.test(s);

/** Removes every control character (for lenient inputs such as search boxes, which fall back instead of failing). */
export const stripControls = (s: string) => s.replace(BREAKS, " ").replace(new RegExp(FORBIDDEN.source, "g"), "");

/** A one-line string with line breaks collapsed to single spaces (email subjects, headers). */
export const toOneLine = (s: string) => s.replace(BREAKS, " ").replace(/ {2,}/g, " ").trim();

type TextOptions = { min?: number; max: number; minMessage?: string };

/**
 * A one-line text field (names, titles, cities): trimmed, line breaks and tabs
 * collapsed to one space, other control characters refused.
 */
export function oneLineText({ min, max, minMessage }: TextOptions) {
  let s = z.string({ required_error: "validation:required" }).trim();
  if (min) s = s.min(min, minMessage ?? (min === 1 ? "validation:required" : `validation:tooShort|count=${min}`));
  return s
    .max(max, `validation:tooLong|count=${max}`)
    .refine((v) => !hasForbiddenControl(v), "validation:controlCharacters")
    .transform(toOneLine);
}

/** A multi-line text field (notes, posts, descriptions): trimmed, CRLF stored as LF, other control characters refused. */
export function multiLineText({ min, max, minMessage }: TextOptions) {
  let s = z.string({ required_error: "validation:required" }).trim();
  if (min) s = s.min(min, minMessage ?? (min === 1 ? "validation:required" : `validation:tooShort|count=${min}`));
  return s
    .max(max, `validation:tooLong|count=${max}`)
    .refine((v) => !hasForbiddenControl(v), "validation:controlCharacters")
    .transform((v) => v.replace(/\r\n?/g, "\n"));
}

/** A record id (cuid) or similar token sent back by a form: letters, digits, `_` and `-` only. */
export const idText = (max = 40) =>
  z
    .string({ required_error: "validation:choose" })
    .min(1, "validation:choose")
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/, "validation:invalid");

/** A search box or other lenient query value: control characters removed, trimmed, cut to `max`. */
export const queryText = (max: number) =>
  z
    .string()
    .transform((v) => stripControls(v).trim().slice(0, max))
    .catch("");

/** Largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;

/** A whole number that fits the database's `integer` column (versions, counters). */
export const dbInt = ({ min = 0, max = INT4_MAX }: { min?: number; max?: number } = {}) =>
  z.coerce
    .number({ invalid_type_error: "validation:number" })
    .int("validation:number")
    .min(min, "validation:invalid")
    .max(Math.min(max, INT4_MAX), "validation:invalid");

/** An email address as every form takes it: trimmed and lower-cased (accounts, invitations, contacts). */
export const emailSchema = z
  .string({ required_error: "validation:required" })
  .trim()
  .toLowerCase()
  .max(254, "validation:tooLong|count=254")
  .email("validation:email");
