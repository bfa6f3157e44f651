import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { checkLocales, checkUsedKeys } from "./i18n-check.ts";

test("the locales are complete and every key the code uses exists", () => {
  expect(checkLocales()).toEqual([]);
  expect(checkUsedKeys()).toEqual([]);
});

test("unknown keys are reported: plain, namespaced, zod messages, Trans and dynamic prefixes", () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "i18n-check-")), "page.tsx");
  writeFileSync(
    file,
    [
      'const { t } = useTranslation("forum");',
      't("nav.forum"); t("no.such.key"); t("forum:no.such.key");',
      'const schema = z.string().min(1, "validation:noSuchMessage");',
      '<Trans i18nKey="noSuchTrans" />;',
      "t(`nav.${item}`); t(`noSuchGroup.${item}`);",
    ].join("\n"),
  );
  const problems = checkUsedKeys([file]).map((p) => p.replace(/^.*?: /, ""));
  expect(problems).toEqual([
    'unknown key "no.such.key" (namespaces common, forum)',
    'unknown key "forum:no.such.key"',
    'unknown key "noSuchTrans" (namespaces common, forum)',
    'no keys under "noSuchGroup." (namespaces common, forum)',
    'unknown key "validation:noSuchMessage"',
  ]);
});
