// npm run notifications:digest
// Emails each person who opted in a digest of their unread notifications of
// the last 24 hours. Run it once a day (cron or a scheduled job); it keeps no
// state, so running it twice in a day sends twice.
import { sendDigests } from "#app/modules/notifications/notifications.server.ts";
import { database } from "#app/utils/db.server.ts";
import { env } from "#app/utils/env.server.ts";
import { migrate } from "#app/utils/migrate.server.ts";

const db = database();
try {
  await migrate(db);
  const sent = await sendDigests(env().APP_URL ?? "http://localhost:3000");
  console.log(`digest sent to ${sent} people`);
} finally {
  await db.close();
}
