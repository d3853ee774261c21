import { parseArgs } from 'node:util';
import { benchDatabaseUrl } from '../src/env.js';

/**
 * Benchmarks drive one API key as fast as it goes: budgets no run can spend, while the limiter still
 * counts every request and settles with the database each second, as in production.
 */
export const benchRateLimits = { perMinute: 1e9, anonymousPerMinute: 1e9, heavyPer10Minutes: 1e9, heavyConcurrent: 1e9 };

/** The options every benchmark takes; `defaults` sets the data sizes it seeds. */
export function benchOptions(args: string[], defaults: { events: number; venues?: number; organisations?: number }) {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string', default: String(defaults.events) },
      venues: { type: 'string', default: String(defaults.venues ?? 0) },
      organisations: { type: 'string', default: String(defaults.organisations ?? 0) },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      reuse: { type: 'boolean', default: false },
    },
  });
  return {
    events: Number(values.events),
    venues: Number(values.venues),
    organisations: Number(values.organisations),
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    reuse: values.reuse,
    serverUrl: benchDatabaseUrl(),
  };
}
