import { parseArgs } from 'node:util';
import { benchDatabaseUrl } from '../src/env.js';

export function benchOptions(args: string[], defaults: { events: number }) {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string', default: String(defaults.events) },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      reuse: { type: 'boolean', default: false },
    },
  });
  return {
    events: Number(values.events),
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    reuse: values.reuse,
    serverUrl: benchDatabaseUrl(),
  };
}
