import nodemailer, { type Transporter } from "nodemailer";
import { db } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";
import { toOneLine } from "#app/utils/text-schema.ts";

export type OutgoingEmail = { to: string; subject: string; text: string; html: string; kind: string; locale: string };

let transport: Transporter | undefined;

/**
 * Writes the email to the outbox and, when SMTP_URL is set, sends it.
 * Without SMTP the outbox is the delivery: admins read it at /<lang>/admin/outbox.
 */
export async function sendEmail(input: OutgoingEmail) {
  // Names and titles end up in subjects; a line break there would start a new mail header.
  const email = { ...input, subject: toOneLine(input.subject) };
  const row = await db.outboxEmail.create({ data: email });
  const smtp = env().SMTP_URL;
  if (!smtp) return row;
  try {
    transport ??= nodemailer.createTransport(smtp);
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    return db.outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (e) {
    // The action that triggered the mail still succeeds; the error is kept for the admin.
    console.error(`email ${row.id} not sent: ${(e as Error).message}`);
    return db.outboxEmail.update({
      where: { id: row.id },
      data: { error: String((e as Error).message).slice(0, 500) },
    });
  }
}
