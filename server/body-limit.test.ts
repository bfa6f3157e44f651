import { describe, expect, test } from "vitest";
import { bodyLimitFor, defaultBodyLimit } from "./body-limit.js";

describe("body caps per route kind", () => {
  test("uploads get room for their file, every other form the default", () => {
    expect(bodyLimitFor("/en/contacts/import")).toBeGreaterThan(2 * 1024 * 1024);
    expect(bodyLimitFor("/lt/contacts/import.data")).toBe(bodyLimitFor("/en/contacts/import"));
    expect(bodyLimitFor("/de/partners/some-hub/edit")).toBeGreaterThan(1024 * 1024);
    expect(bodyLimitFor("/de/partners/some-hub/edit")).toBeLessThan(2 * 1024 * 1024);
    expect(bodyLimitFor("/en/forum/general/new")).toBe(defaultBodyLimit);
    expect(bodyLimitFor("/en/contacts/import/extra")).toBe(defaultBodyLimit);
  });
});
