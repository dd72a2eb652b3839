// Run by SearchScriptTests (node --test): the script's rules against the table the generator's tests also read.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const path = require("node:path");
const fs = require("node:fs");
const script = require(path.resolve(__dirname, process.env.SEARCH_JS));
const cases = JSON.parse(fs.readFileSync(path.join(__dirname, "tokenizer-cases.json"), "utf8"));

for (const c of cases) {
  test(`terms of ${JSON.stringify(c.input)}`, () => assert.deepStrictEqual(script.terms(c.input), c.terms));
}

test("the same word matches in full, the last word as a prefix, and typos by length", () => {
  assert.strictEqual(script.match("facet", "facet", false), 1);
  assert.strictEqual(script.match("epid", "epidural", true), 0.7);
  assert.strictEqual(script.match("epid", "epidural", false), 0);
  assert.strictEqual(script.match("facit", "facet", false), 0.5);
  assert.strictEqual(script.match("epideral", "epidural", false), 0.5);
  assert.strictEqual(script.match("epidaral", "epidural", false), 0.5);
  assert.strictEqual(script.match("facot", "facet", false), 0.5);
  assert.strictEqual(script.match("fxcot", "facet", false), 0);
  assert.strictEqual(script.match("hip", "hit", false), 0);
  assert.strictEqual(script.match("racet", "facet", false), 0);
});

test("edit distance stops early past its limit", () => {
  assert.strictEqual(script.distance("kitten", "sitting", 5), 3);
  assert.strictEqual(script.distance("kitten", "sitting", 1), 2);
});
