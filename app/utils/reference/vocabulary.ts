// The fixed vocabularies of the partner directory. They are stored as codes
// and translated in the `directory` namespace, so a filter means the same in
// every language.

/**
 * The countries of the Council of the Baltic Sea States (ISO 3166-1 alpha-2):
 * the nine countries of PRODUCT.md plus Iceland (docs/decisions/010-directory.md).
 */
export const countries = ["DE", "DK", "EE", "FI", "IS", "LT", "LV", "NO", "PL", "SE"] as const;
export type Country = (typeof countries)[number];

export const orgTypes = [
  "HUB",
  "CLUSTER",
  "AGENCY",
  "CHAMBER",
  "INCUBATOR",
  "CULTURAL_INSTITUTE",
  "NETWORK",
  "NGO",
  "COMPANY",
  "PUBLIC_BODY",
] as const;
export type OrgTypeCode = (typeof orgTypes)[number];

/** The eleven sub-markets of the German creative-industries model, plus crafts and other. */
export const sectors = [
  "music",
  "books",
  "art",
  "film",
  "broadcasting",
  "performingArts",
  "design",
  "architecture",
  "press",
  "advertising",
  "software",
  "crafts",
  "other",
] as const;
export type Sector = (typeof sectors)[number];

/** Working languages an organisation can name (ISO 639-1). */
export const workingLanguages = [
  "en",
  "de",
  "da",
  "sv",
  "fi",
  "et",
  "lv",
  "lt",
  "pl",
  "nb",
  "is",
  "ru",
  "fr",
  "uk",
] as const;
export type WorkingLanguage = (typeof workingLanguages)[number];

/** What an organisation offers or seeks: the same tags on both sides, so offers match seeks. */
export const cooperationTags = [
  "studyVisits",
  "coProduction",
  "mentoring",
  "marketAccess",
  "fundingPartner",
  "eventPartner",
  "workspace",
  "training",
  "research",
  "showcase",
  "exportAdvice",
  "matchmaking",
] as const;
export type CooperationTag = (typeof cooperationTags)[number];

/** Staff size bands (EU SME classes). */
export const sizes = ["S1_9", "S10_49", "S50_249", "S250"] as const;
export type SizeBand = (typeof sizes)[number];
