// Validate JSON documents with Ajv, a JSON Schema validator written in JavaScript:
// draft 2020-12, strict mode, formats (dates) checked, patterns with Unicode semantics.
//
//   node validate.mjs SCHEMA.json < DOCUMENTS
//
// DOCUMENTS holds one JSON document per line; for each, one line is printed: "valid",
// or "invalid" and the path and message of the first error Ajv finds.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
const ajv = new Ajv2020({ strict: true, unicodeRegExp: true });
addFormats(ajv);
const validate = ajv.compile(schema);
for (const line of readFileSync(0, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  if (validate(JSON.parse(line))) {
    console.log("valid");
  } else {
    const [first] = validate.errors;
    console.log(`invalid ${first.instancePath} ${first.message}`);
  }
}
