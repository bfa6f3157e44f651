import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, expect, test } from "vitest";

// The boundary rules of eslint.config.js, run on fixtures/: a tree shaped like
// app/ where each file breaks one rule. import-x/no-restricted-paths resolves its
// zones against the working directory, so the linter runs from the fixtures.
const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(import.meta.dirname, "fixtures");
let found: Map<string, string[]>;
const previousCwd = process.cwd();

beforeAll(async () => {
  process.chdir(fixtures);
  const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: path.join(root, "eslint.config.js") });
  const results = await eslint.lintFiles(["app/**/*.{ts,tsx}"]);
  found = new Map(
    results.map((r) => [path.relative(fixtures, r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]),
  );
}, 180_000);
afterAll(() => process.chdir(previousCwd));

const rules = (file: string) => found.get(file) ?? [];

test("a two-file import cycle fails import-x/no-cycle", () => {
  expect(rules("app/utils/cycle-a.ts")).toContain("import-x/no-cycle");
  expect(rules("app/utils/cycle-b.ts")).toContain("import-x/no-cycle");
});

test("arrows against the layering fail import-x/no-restricted-paths", () => {
  expect(rules("app/utils/util-imports-module.ts")).toEqual(["import-x/no-restricted-paths"]);
  expect(rules("app/modules/forum/module-imports-route.ts")).toEqual(["import-x/no-restricted-paths"]);
  expect(rules("app/routes/forum-new.tsx")).toEqual(["import-x/no-restricted-paths"]);
  expect(rules("app/components/ui/button.tsx")).toEqual(["import-x/no-restricted-paths"]);
});

test("a module may use another module's top-level file but not its components", () => {
  // One report: the components/ import; the import of forum.server.ts is allowed.
  expect(rules("app/modules/orgs/orgs.server.ts")).toEqual(["import-x/no-restricted-paths"]);
  // A route may use a module's components.
  expect(rules("app/routes/forum.tsx")).toEqual([]);
});

test("process.env outside the env schema fails no-restricted-properties", () => {
  expect(rules("app/modules/forum/env-read.server.ts")).toEqual(["no-restricted-properties"]);
});
