import { test } from "vitest";
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { detectLegacy } from "../../src/text/legacy.js";
test("scan", () => {
  const files = execSync("find /work/main/seeds /work/main/test/fixtures /work/main/templates /work/shared -type f \\( -name '*.md' -o -name '*.yaml' -o -name '*.yml' -o -name '*.hbs' -o -name '*.txt' -o -name '*.json' \\) -size -2M | head -500").toString().trim().split("\n");
  let n = 0;
  for (const f of files) {
    const t = readFileSync(f, "utf8");
    n += t.length;
    const spans = detectLegacy(t);
    if (spans.length) console.log(f, JSON.stringify(spans.map((s) => [s.encoding, s.sample])));
  }
  console.log("files", files.length, "chars", n);
});
