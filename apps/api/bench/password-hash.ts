import { scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { medianMs } from '@kepu/tooling/bench';
import { hashPassword, verifyPassword } from '../src/kernel/secrets.js';

const rounds = 20;
const scryptAsync = promisify(scrypt);

const median = (task: () => Promise<unknown>) => medianMs(task, { rounds });

/** What a sign-in costs: argon2id at OWASP's parameters, against Node's scrypt defaults as a baseline. */
export async function benchPasswordHash() {
  const stored = await hashPassword('correct horse battery staple');
  const hash = await median(() => hashPassword('correct horse battery staple'));
  const verify = await median(() => verifyPassword(stored, 'correct horse battery staple'));
  const baseline = await median(() => scryptAsync('correct horse battery staple', 'salt-salt-salt!!', 64));
  console.log(`argon2id m=19 MiB t=2 p=1, median of ${rounds}:`);
  console.log(`  hash (user created, password changed)  ${hash.toFixed(1)} ms`);
  console.log(`  verify (each sign-in)                   ${verify.toFixed(1)} ms`);
  console.log(`  baseline scrypt N=16384 r=8            ${baseline.toFixed(1)} ms`);
  console.log(`ratio verify / baseline: ${(verify / baseline).toFixed(2)}`);
}
