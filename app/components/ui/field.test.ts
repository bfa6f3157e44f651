import { expect, test } from "vitest";
import { getFixedT } from "#app/utils/i18n.server.ts";
import { translateError } from "./field.tsx";

test("zod messages are keys with parameters and pick the locale's plural form", () => {
  const lt = getFixedT("lt", ["validation"]);
  const en = getFixedT("en", ["validation"]);
  expect(translateError(en, "validation:tooShort|count=2")).toBe("Use at least 2 characters.");
  // Lithuanian: 2 is "few", 10 is "other": two different sentences.
  expect(translateError(lt, "validation:tooShort|count=2")).not.toBe(
    translateError(lt, "validation:tooShort|count=10"),
  );
  expect(translateError(lt, "validation:tooShort|count=2")).toContain("2");
  expect(translateError(en, "validation:noSuchKey")).toBe(en("validation:invalid"));
});
