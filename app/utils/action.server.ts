import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { badRequest, readForm } from "./form.server.ts";

/**
 * What every form action answers when it does not redirect: which intent ran,
 * conform's submission result (field errors), and a notice or error key to
 * translate. Routes add their own extras through `T` (a preview, a report).
 */
export type ActionResult<T extends object = object> = {
  intent?: string;
  result?: SubmissionResult<string[]>;
  notice?: string;
  error?: string;
} & Partial<T>;

/** A JSON answer with a status: `reply(400, { intent, result })`. */
export const reply = <T extends object = object>(status: number, body: ActionResult<T>) =>
  data<ActionResult<T>>(body, { status });

/** One small function per intent; each gets the form and whatever the route loaded once for all intents. */
export type IntentHandler<C> = (form: FormData, ctx: C) => Promise<Response | ReturnType<typeof reply>>;

/**
 * Reads the form and runs the handler named by its `intent` field; an unknown
 * intent is a 400 (never a 500). Routes with several intents dispatch through
 * here so that each intent stays a short function of its own.
 */
export async function dispatchIntent<C>(
  request: Request,
  handlers: Record<string, IntentHandler<C>>,
  ctx: C | ((form: FormData) => Promise<C> | C),
) {
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const handler = Object.hasOwn(handlers, intent) ? handlers[intent] : undefined;
  if (!handler) throw badRequest();
  const context = typeof ctx === "function" ? await (ctx as (form: FormData) => Promise<C> | C)(form) : ctx;
  return handler(form, context);
}
