/** The only place the console's tests and benchmark read the environment: which database the API runs on. */
export const databaseUrl = (): string | undefined => process.env.DATABASE_URL || undefined;

/** Debian's Chromium, unless another build is named. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What a spawned API inherits, with its own settings on top. */
export const childEnvironment = (overrides: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...overrides });
