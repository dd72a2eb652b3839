// Search bench: runs queries against a built site's index with theme/assets/js/search.js's own search(), the way the
// search page does, and reports the files a query fetches and their bytes (raw, and gzipped as a server sends them),
// counting the manifest, the script and the document chunks too.
//   node bench/search-bench.js OUTPUT_DIR [query …]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { performance } = require("node:perf_hooks");
const search = require("../theme/assets/js/search.js").search;

const out = path.resolve(process.argv[2] || "output");
const queries = process.argv.length > 3 ? process.argv.slice(3) : [
  "shot for sciatica", "burning the nerve", "blood thinner", "numbing", "can I drive after", "epid", "epideral", "facit",
];
const script = fs.readdirSync(path.join(out, "assets", "js")).find(f => /^search\.[0-9a-f]+\.js$/.test(f));
const scriptBytes = fs.readFileSync(path.join(out, "assets", "js", script));
const gz = b => zlib.gzipSync(b, { level: 9 }).length;
const all = fs.readdirSync(path.join(out, "assets", "search"));
const total = all.reduce((n, f) => n + fs.statSync(path.join(out, "assets", "search", f)).size, 0);
console.log(`index: ${all.length} files, ${(total / 1000).toFixed(1)} KB, manifest ${(fs.statSync(path.join(out, "search", "index.json")).size / 1000).toFixed(1)} KB; script ${(scriptBytes.length / 1000).toFixed(1)} KB (${(gz(scriptBytes) / 1000).toFixed(1)} KB gzipped)`);
console.log("query | results (top 3) | files | KB raw | KB gzipped (script included) | ms");

(async () => {
  for (const q of queries) {
    const fetched = new Map();
    const load = url => {
      const bytes = fs.readFileSync(path.join(out, url));
      fetched.set(url, bytes);
      return Promise.resolve(JSON.parse(bytes));
    };
    const start = performance.now();
    const found = await search(q, "/search/index.json", load);
    const ms = performance.now() - start;
    const raw = [...fetched.values()].reduce((n, b) => n + b.length, scriptBytes.length);
    const zipped = [...fetched.values()].reduce((n, b) => n + gz(b), gz(scriptBytes));
    const top = found ? found.docs.slice(0, 3).map(d => d.u).join(" ") : "-";
    console.log(`${q} | ${top} | ${fetched.size} | ${(raw / 1000).toFixed(1)} | ${(zipped / 1000).toFixed(1)} | ${ms.toFixed(1)}`);
  }
})();
