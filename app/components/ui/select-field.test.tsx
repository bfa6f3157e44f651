import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { SelectField } from "./field.tsx";

test("a required select is marked required only when it starts with an empty placeholder (HTML's rule)", () => {
  const languages = renderToStaticMarkup(
    <SelectField
      label="Language"
      selectProps={{ name: "locale", required: true, defaultValue: "lt" }}
      options={[
        { value: "en", label: "English", lang: "en" },
        { value: "lt", label: "Lietuvių", lang: "lt" },
      ]}
    />,
  );
  expect(languages).not.toContain("required");
  expect(languages).toContain('<option value="lt" lang="lt" selected="">Lietuvių</option>');
  const withPlaceholder = renderToStaticMarkup(
    <SelectField
      label="Type"
      selectProps={{ name: "type", required: true }}
      options={[
        { value: "", label: "Choose" },
        { value: "ngo", label: "NGO" },
      ]}
    />,
  );
  expect(withPlaceholder).toMatch(/<select[^>]* required=""/);
});
