import { z } from "zod";

// Every setting the app reads, in one place (the README's configuration table mirrors this).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** postgres://… selects a PostgreSQL server; unset (or file:<dir>) selects embedded PGlite. */
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default("./data/pglite"),
  /** Public origin used in email links, e.g. https://portolan.example. Defaults to the request's origin. */
  APP_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Portolan <no-reply@portolan.invalid>"),
  DEMO_PASSWORD: z.string().min(8).default("portolan-demo-2026"),
  /** "false" only for plain-http deployments behind nothing (cookies then lack the Secure flag). */
  COOKIE_SECURE: z.enum(["true", "false", "auto"]).default("auto"),
  TRUST_PROXY: z.string().optional(),
  SEED_DEMO: z.enum(["auto", "never"]).default("auto"),
  /** Set by `npm start` when the caller did not ask for production: the demo data may load. */
  PORTOLAN_DEMO: z.enum(["0", "1"]).default("0"),
  LOG_REQUESTS: z.enum(["true", "false"]).default("true"),
  /** How long anonymous public pages stay in the page cache (docs/decisions/007-page-cache.md); 0 turns it off. */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().nonnegative().default(60_000),
  /** Multiplies the per-IP sign-in/sign-up/reset limits (the e2e journeys all come from 127.0.0.1). */
  RATE_LIMIT_PER_IP_FACTOR: z.coerce.number().min(1).catch(1).default(1),
  /** "1" adds the routes only the graceful-shutdown test uses. */
  PORTOLAN_TEST_HOOKS: z.enum(["0", "1"]).catch("0").default("0"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed environment; throws at start-up with the offending variable named. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${issues}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const isProduction = () => env().NODE_ENV === "production";
