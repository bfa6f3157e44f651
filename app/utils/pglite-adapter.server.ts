import { PGlite } from "@electric-sql/pglite";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** Without this setting the Prisma CLI, which never closes PGlite, hangs at exit. */
export const pgliteStartParams = [...PGlite.defaultStartParams, "-c", "log_startup_progress_interval=0"];

type PgError = {
  code?: string;
  severity?: string;
  message?: string;
  detail?: string;
  constraint?: string;
  column?: string;
  hint?: string;
};

// pglite-prisma-adapter 0.6.1 raises raw PostgreSQL errors that Prisma 6.19
// does not map to P2002/P2003/P2011; map them the way @prisma/adapter-pg does.
function mapPgError(e: PgError) {
  const fields = e.detail
    ?.match(/Key \(([^)]+)\)/)
    ?.at(1)
    ?.split(", ");
  switch (e.code) {
    case "23505":
      return { kind: "UniqueConstraintViolation", constraint: fields ? { fields } : undefined };
    case "23502":
      return { kind: "NullConstraintViolation", constraint: fields ? { fields } : undefined };
    case "23503":
      return {
        kind: "ForeignKeyConstraintViolation",
        constraint: e.constraint ? { index: e.constraint } : fields ? { fields } : undefined,
      };
    case "40001":
      return { kind: "TransactionWriteConflict" };
    default:
      return {
        kind: "postgres",
        code: e.code ?? "UNKNOWN",
        severity: e.severity ?? "UNKNOWN",
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      };
  }
}

let patched = false;
function patchErrorMapping(adapter: object) {
  if (patched) return;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { onError: (e: unknown) => never };
  proto.onError = (e: unknown) => {
    const pgError = e as PgError;
    if (pgError?.severity && pgError?.code) {
      throw new DriverAdapterError({
        originalCode: pgError.code,
        originalMessage: pgError.message,
        ...mapPgError(pgError),
      } as never);
    }
    throw e;
  };
  patched = true;
}

/**
 * A Prisma driver-adapter factory over one PGlite instance, with the error
 * mapping above and multi-statement scripts routed through `pg.exec`.
 */
export function pgliteAdapterFactory(
  getPg: () => PGlite,
  shadow = () => new PGlite("memory://", { startParams: pgliteStartParams }),
) {
  const wrap = async (pg: PGlite) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const adapter: any = await new PrismaPGlite(pg).connect();
    patchErrorMapping(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q: { sql: string; args: unknown[] }) =>
      q.args.length === 0 && q.sql.includes(";") ? (await pg.exec(q.sql), 0) : executeRaw(q);
    adapter.executeScript = async (script: string) => {
      await pg.exec(script);
    };
    adapter.dispose = async () => {};
    return adapter;
  };
  return {
    provider: "postgres" as const,
    adapterName: "pglite-prisma-adapter",
    connect: () => wrap(getPg()),
    connectToShadowDb: () => wrap(shadow()),
  };
}
