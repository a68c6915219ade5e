// Derives the report map from world-atlas (Natural Earth 1:110m admin-0 countries, public domain; world-atlas ISC).
// Output: ../../data/map/countries-110m.tsv, one line per country: ISO alpha-3, ISO numeric, SVG path data in a
// 960 x 500 viewBox (Equal Earth projection, coordinates rounded to 0.1 px). Antarctica and shapes without an ISO
// numeric code (Kosovo, Northern Cyprus, Somaliland in Natural Earth) are left out. Re-runnable: npm ci && node build.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const collection = feature(topology, topology.objects.countries);
const width = 960;
const height = 500;
const kept = collection.features.filter((f) => f.id !== undefined && f.id !== "010");
const projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: "FeatureCollection", features: kept });
const path = geoPath(projection).digits(1);

const rows = [];
for (const f of kept) {
  const alpha3 = countries.numericToAlpha3(f.id);
  if (!alpha3) {
    console.warn(`no alpha-3 code for ISO numeric ${f.id} (${f.properties.name}); left out`);
    continue;
  }
  const d = path(f);
  if (d) rows.push(`${alpha3}\t${f.id}\t${d}`);
}
rows.sort();
mkdirSync(new URL("../../data/map/", import.meta.url), { recursive: true });
const header = `# Country outlines for Campo's report map. Derived by tools/map/build.mjs from world-atlas 2.0.2 (countries-110m.json, Natural Earth 1:110m, public domain; world-atlas ISC). Equal Earth projection, viewBox 0 0 ${width} ${height}.\niso3\tnumeric\tpath\n`;
writeFileSync(new URL("../../data/map/countries-110m.tsv", import.meta.url), header + rows.join("\n") + "\n");
console.log(`${rows.length} countries written`);
