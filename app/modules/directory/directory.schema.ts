import { z } from "zod";
import { emailSchema } from "#app/modules/accounts/accounts.schema.ts";
import { OrganisationSchema } from "#app/modules/orgs/orgs.schema.ts";
import {
  cooperationTags,
  countries,
  orgTypes,
  sectors,
  sizes,
  workingLanguages,
} from "#app/utils/reference/vocabulary.ts";
import { MAX_PAGE } from "#app/utils/pagination.ts";
import { multiLineText, queryText } from "#app/utils/text-schema.ts";

const choose = { errorMap: () => ({ message: "validation:choose" }) };
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
/** Checkbox groups arrive as one string or several; none at all is an empty list. */
const codes = <T extends readonly [string, ...string[]]>(values: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(values, choose)).max(max, `validation:tooMany|count=${max}`),
  );

export const PAGE_SIZE = 20;

/** The directory's URL: every view is reproducible from these parameters. */
export const DirectoryQuerySchema = z.object({
  q: queryText(200),
  country: z.enum(countries).optional().catch(undefined),
  city: queryText(80)
    .transform((c) => c || undefined)
    .optional()
    .catch(undefined),
  type: z.enum(orgTypes).optional().catch(undefined),
  sector: z.enum(sectors).optional().catch(undefined),
  language: z.enum(workingLanguages).optional().catch(undefined),
  offers: z.enum(cooperationTags).optional().catch(undefined),
  seeks: z.enum(cooperationTags).optional().catch(undefined),
  visits: z.literal("1").optional().catch(undefined),
  sort: z.enum(["relevance", "name", "updated"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuerySchema>;
export const facetKeys = ["country", "city", "type", "sector", "language", "offers", "seeks", "visits"] as const;
export type FacetKey = (typeof facetKeys)[number];

/** Descriptions and offer/seek texts are paragraphs: line breaks kept, other control characters refused. */
const text = (max: number) => multiLineText({ max });

/**
 * The profile form: the fields of a new organisation plus everything an org
 * admin can add. The city is checked against the bundled list in the action.
 */
export const ProfileSchema = OrganisationSchema.extend({
  sectors: codes(sectors, sectors.length),
  languages: codes(workingLanguages, workingLanguages.length),
  offers: codes(cooperationTags, 6),
  seeks: codes(cooperationTags, 6),
  offerText: optional(text(600)),
  seekText: optional(text(600)),
  description_en: optional(text(600)),
  description_de: optional(text(600)),
  description_da: optional(text(600)),
  description_sv: optional(text(600)),
  description_fi: optional(text(600)),
  description_et: optional(text(600)),
  description_lv: optional(text(600)),
  description_lt: optional(text(600)),
  description_pl: optional(text(600)),
  openForVisits: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  website: optional(
    z
      .string()
      .trim()
      .max(200, "validation:tooLong|count=200")
      .url("validation:url")
      .refine((u) => /^https?:\/\//i.test(u), "validation:url"),
  ),
  foundedYear: optional(
    z.coerce
      .number({ invalid_type_error: "validation:number" })
      .int("validation:number")
      .min(1800, "validation:yearRange|min=1800|max=2030")
      .max(2030, "validation:yearRange|min=1800|max=2030"),
  ),
  size: optional(z.enum(sizes, choose)),
  contactEmail: optional(emailSchema),
});
export type ProfileInput = z.infer<typeof ProfileSchema>;

export const LOGO_MAX_BYTES = 1024 * 1024;
export const logoTypes = ["image/png", "image/jpeg", "image/webp"] as const;
