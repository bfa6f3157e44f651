// Typed translation keys (docs/style.md, "i18n"): the `en` files are the source
// of the keys, so `t("unknown.key")` fails tsc where the namespace is known.
// Not yet part of the main type check: `npx tsc --noEmit -p tsconfig.i18n-keys.json`
// still reports ~110 call sites (dynamic keys like `tags.${code}`, helpers typed
// for "common"). When it is clean, drop the exclude in tsconfig.json and this project.
import type accounts from "../public/locales/en/accounts.json";
import type admin from "../public/locales/en/admin.json";
import type common from "../public/locales/en/common.json";
import type contacts from "../public/locales/en/contacts.json";
import type directory from "../public/locales/en/directory.json";
import type emails from "../public/locales/en/emails.json";
import type forum from "../public/locales/en/forum.json";
import type home from "../public/locales/en/home.json";
import type learning from "../public/locales/en/learning.json";
import type notifications from "../public/locales/en/notifications.json";
import type orgs from "../public/locales/en/orgs.json";
import type validation from "../public/locales/en/validation.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      accounts: typeof accounts;
      admin: typeof admin;
      common: typeof common;
      contacts: typeof contacts;
      directory: typeof directory;
      emails: typeof emails;
      forum: typeof forum;
      home: typeof home;
      learning: typeof learning;
      notifications: typeof notifications;
      orgs: typeof orgs;
      validation: typeof validation;
    };
  }
}
