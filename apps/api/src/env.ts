import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KEPU_DEMO_DATA: booleanFlag.default(true),
  TRUST_PROXY: booleanFlag.default(false),
});

export type Config = z.infer<typeof Env>;

/** Reads the process environment once, failing fast with every bad variable named. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, DATA_DIR: resolve(parsed.data.DATA_DIR) };
}

/** Environment read by tests and benchmarks (which database to run against). */
export const testDatabaseUrl = (): string | undefined => process.env.DATABASE_URL || undefined;

/** Benchmarks need a real PostgreSQL server: DATABASE_URL, or the local one on 127.0.0.1:5432. */
export const benchDatabaseUrl = (): string => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
