import { z } from "zod";
import { emailSchema } from "#app/modules/accounts/accounts.schema.ts";
import { countries } from "#app/utils/reference/vocabulary.ts";
import { MAX_PAGE } from "#app/utils/pagination.ts";
import {
  dbInt,
  hasForbiddenControl,
  idText,
  multiLineText,
  oneLineText,
  queryText,
  toOneLine,
} from "#app/utils/text-schema.ts";

export const stages = ["IDENTIFIED", "CONTACTED", "MET", "EXPLORING", "COOPERATING", "DORMANT"] as const;
export type Stage = (typeof stages)[number];
export const sources = ["EVENT", "TRIP", "FORUM", "DIRECTORY", "OTHER"] as const;
export type Source = (typeof sources)[number];

const choose = { errorMap: () => ({ message: "validation:choose" }) };
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** One-line text: names, roles, the next step (they reach drop-downs and email subjects). */
const text = (max: number) => oneLineText({ max });
/** A slug or id in a query string; anything else is ignored. */
const queryKey = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined);
/** "YYYY-MM-DD" of a stored calendar day (a date column holds midnight UTC); "" for none. */
export const dayString = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
/** The stored form of a calendar day: midnight UTC. */
export const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
/** Today (UTC) as a stored calendar day. */
export const today = (now = new Date()) => dayDate(dayString(now));

/** A calendar day as the date input sends it (YYYY-MM-DD), checked to be a real day. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation:date")
  .refine((s) => {
    const d = dayDate(s);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "validation:date");

/** Free tags: comma-separated in the form, lower-cased, de-duplicated, at most 10. */
const tags = z.preprocess(
  (v) =>
    typeof v === "string"
      ? [
          ...new Set(
            v
              .split(",")
              .map((s) => s.trim().toLowerCase())
              .filter(Boolean),
          ),
        ]
      : Array.isArray(v)
        ? v
        : [],
  z
    .array(
      z
        .string()
        .max(30, "validation:tagTooLong|count=30")
        .refine((t) => !hasForbiddenControl(t), "validation:controlCharacters")
        .transform(toOneLine),
    )
    .max(10, "validation:tooMany|count=10"),
);

/** The fields of a contact, shared by the form, the CSV import and the action. */
export const ContactFieldsSchema = z
  .object({
    linkedOrgSlug: optional(oneLineText({ max: 140 })),
    personName: optional(text(120)),
    organisationName: optional(text(160)),
    country: optional(z.enum(countries, choose)),
    email: optional(emailSchema),
    phone: optional(
      z
        .string()
        .trim()
        .max(40, "validation:tooLong|count=40")
        .regex(/^[+()\d\s./-]{5,}$/, "validation:phone"),
    ),
    role: optional(text(120)),
    stage: z.enum(stages, choose).default("IDENTIFIED"),
    // Not idText: the CSV import passes "unknown:<email>" through here to report an unknown owner.
    ownerId: optional(
      z
        .string()
        .max(40)
        .refine((v) => !hasForbiddenControl(v), "validation:controlCharacters"),
    ),
    tags,
    nextStep: optional(text(200)),
    nextStepDue: optional(isoDay),
    source: z.enum(sources, choose).default("OTHER"),
  })
  .superRefine((v, ctx) => {
    if (!v.linkedOrgSlug && !v.personName && !v.organisationName) {
      ctx.addIssue({ code: "custom", path: ["personName"], message: "validation:contactNameRequired" });
    }
    if (v.nextStepDue && !v.nextStep) {
      ctx.addIssue({ code: "custom", path: ["nextStep"], message: "validation:nextStepRequired" });
    }
  });
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

export const CreateContactSchema = z.intersection(z.object({ intent: z.literal("create") }), ContactFieldsSchema);
export const UpdateContactSchema = z.intersection(
  z.object({ intent: z.literal("update"), version: dbInt({ min: 1 }) }),
  ContactFieldsSchema,
);

export const NoteSchema = z.object({
  intent: z.literal("note"),
  text: multiLineText({ min: 1, max: 2000 }),
  occurredOn: isoDay,
});

export const MoveSchema = z.object({
  intent: z.literal("move"),
  contactId: idText(),
  stage: z.enum(stages, choose),
});

export const DeleteSchema = z.object({ intent: z.literal("delete") });

/** A member asks another organisation for contact from its directory profile. */
export const ContactRequestSchema = z.object({
  intent: z.literal("requestContact"),
  fromOrgId: idText(),
  message: multiLineText({ min: 20, max: 1000 }),
  consent: z.literal("on", { errorMap: () => ({ message: "validation:contactConsent" }) }),
});

/** An admin of the receiving organisation answers a request. */
export const DecideRequestSchema = z.object({
  intent: z.enum(["accept", "decline"]),
  requestId: idText(),
});

export const ContactListQuerySchema = z.object({
  org: queryKey(140),
  view: z.enum(["board", "table"]).catch("board"),
  q: queryText(100),
  stage: z.enum(stages).optional().catch(undefined),
  owner: queryKey(40),
  tag: queryText(30).transform((t) => t || undefined),
  source: z.enum(sources).optional().catch(undefined),
  sort: z.enum(["name", "stage", "due", "updated"]).catch("updated"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});
export type ContactListQuery = z.infer<typeof ContactListQuerySchema>;
