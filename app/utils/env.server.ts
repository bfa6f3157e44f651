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
