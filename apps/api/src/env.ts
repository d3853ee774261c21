import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatabaseTimeouts } from '@kepu/db';
import { username } from '@kepu/domain';
import { z } from 'zod';
import { defaultAttachmentLimitBytes, defaultMailFrom } from './kernel/mail.js';
import { defaultRateLimits } from './kernel/plugins/rate-limits.js';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

// Which proxies may set X-Forwarded-For. `true` believes every hop, so a client that sends its own
// header picks the address the sign-in limit counts and the audit log records; name the proxy's
// address instead. (Fastify 5.12 ignores hop counts: they cannot tell a proxy from a direct client.)
const proxyAddress = z.union([z.enum(['loopback', 'linklocal', 'uniquelocal']), z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
const trustProxy = z.union(
  [
    booleanFlag,
    z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()))
      .pipe(z.array(proxyAddress)),
  ],
  { error: "use false, true, or a comma-separated list of the proxies' addresses or CIDRs" },
);

/** An empty value counts as unset, so docker-compose can pass `${SMTP_URL:-}` through. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
);

// Hosts, addresses or CIDR ranges webhooks may reach although they are loopback or private (and over http).
const allowHosts = commaList.pipe(
  z.array(
    z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.string().regex(/^[A-Za-z0-9.-]+$/)], {
      error: 'a host name, an IP address or a CIDR range',
    }),
  ),
);

const retryDelays = commaList.pipe(
  z
    .array(
      z
        .string()
        .regex(/^\d+$/)
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .max(7 * 86_400),
        ),
    )
    .max(20),
);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(defaultDatabaseTimeouts.statementMs),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(defaultDatabaseTimeouts.acquireMs),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(defaultDatabaseTimeouts.idleInTransactionMs),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KEPU_DEMO_DATA: booleanFlag.default(true),
  TRUST_PROXY: trustProxy.default(false),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(8),
  // The rules every username follows, so the first admin's fits the API's answers as any user's does.
  KEPU_ADMIN_USERNAME: username.optional(),
  KEPU_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  CONSOLE_DIR: z.string().min(1).optional(),
  EXPORTS_DIR: z.string().min(1).optional(),
  KEPU_SCHEDULER: booleanFlag.default(true),
  SCHEDULER_TICK_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(1_800),
  JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30),
  DOWNLOAD_LINK_TTL_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 90)
    .default(24 * 7),
  SMTP_URL: unsetWhenEmpty(z.url({ protocol: /^smtps?$/, error: 'use smtp://user:password@host:587 or smtps://user:password@host:465' }).optional()),
  MAIL_FROM: unsetWhenEmpty(
    z.string().trim().max(200).regex(/@/, 'an address, e.g. Kepu 全域科普 <no-reply@kepu.example.org>').default(defaultMailFrom),
  ),
  MAIL_ATTACHMENT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(50 * 1024 * 1024)
    .default(defaultAttachmentLimitBytes),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  PUBLIC_URL: unsetWhenEmpty(
    z
      .url({ protocol: /^https?$/, error: 'the address people open the console at, e.g. https://kepu.example.org' })
      .max(2048)
      .optional(),
  ),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(defaultRateLimits.perMinute),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(defaultRateLimits.anonymousPerMinute),
  RATE_LIMIT_HEAVY_PER_10_MINUTES: z.coerce.number().int().min(1).default(defaultRateLimits.heavyPer10Minutes),
  RATE_LIMIT_HEAVY_CONCURRENT: z.coerce.number().int().min(1).default(defaultRateLimits.heavyConcurrent),
  KEPU_RUN_HOLD_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  KEPU_WEBHOOKS: booleanFlag.default(true),
  WEBHOOK_ALLOW_HOSTS: allowHosts.default([]),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_RETRY_DELAYS_SECONDS: retryDelays.default([10, 60, 600, 3_600, 21_600]),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(10_000).default(20),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
});

export type Config = z.infer<typeof Env> & { DATA_DIR: string; CONSOLE_DIR: string; EXPORTS_DIR: string };

/** Reads the process environment once, failing fast with every bad variable named. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  // A relative DATA_DIR is taken from where the user ran the command (npm records it as INIT_CWD),
  // not from apps/api where the script runs; the default is data/ at the repository root.
  const dataDir = parsed.data.DATA_DIR
    ? resolve(environment.INIT_CWD ?? process.cwd(), parsed.data.DATA_DIR)
    : fileURLToPath(new URL('../../../data', import.meta.url));
  const consoleDir = parsed.data.CONSOLE_DIR
    ? resolve(environment.INIT_CWD ?? process.cwd(), parsed.data.CONSOLE_DIR)
    : fileURLToPath(new URL('../../web/dist', import.meta.url));
  const exportsDir = parsed.data.EXPORTS_DIR ? resolve(environment.INIT_CWD ?? process.cwd(), parsed.data.EXPORTS_DIR) : resolve(dataDir, 'exports');
  return { ...parsed.data, DATA_DIR: dataDir, CONSOLE_DIR: consoleDir, EXPORTS_DIR: exportsDir };
}

/** Environment read by tests and benchmarks (which database to run against). */
export const testDatabaseUrl = (): string | undefined => process.env.DATABASE_URL || undefined;

/** Benchmarks need a real PostgreSQL server: DATABASE_URL, or the local one on 127.0.0.1:5432. */
export const benchDatabaseUrl = (): string => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Where a benchmark's server writes a V8 CPU profile (`--cpu-prof`) when it exits, if asked: KEPU_BENCH_PROFILE=<dir>. */
export const benchProfileDir = (): string | undefined => process.env.KEPU_BENCH_PROFILE || undefined;

/** The password for `user:create`, when given by the environment rather than typed. */
export const passwordFromEnvironment = (): string | undefined => process.env.KEPU_PASSWORD || undefined;

/** The environment a spawned API replica inherits in tests. */
export const childEnvironment = (overrides: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...overrides });
