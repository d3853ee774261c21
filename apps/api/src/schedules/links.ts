import { schema, type Database } from '@kepu/db';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';

declare module 'fastify' {
  interface FastifyInstance {
    /** Signs the download links of scheduled runs: in the run responses and in the mail to recipients. */
    runLinks: RunLinks;
  }
}

const secretName = 'download-links';

/**
 * The key that signs download links. It lives in the database so every replica signs and checks
 * with the same key; the first replica to need it makes it.
 */
export async function linkSigner(db: Database) {
  await db
    .insert(schema.serverSecrets)
    .values({ name: secretName, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [secret] = await db.select().from(schema.serverSecrets).where(eq(schema.serverSecrets.name, secretName));
  if (!secret) throw new Error('the download-link secret could not be read');
  const key = Buffer.from(secret.value, 'base64url');
  const sign = (runId: string, expires: number) => createHmac('sha256', key).update(`${runId}.${expires}`).digest('base64url');
  return {
    /** A path that downloads the run's file without signing in until `expires` (Unix seconds). */
    link(runId: string, expires: number) {
      return `/api/v1/downloads/export-runs/${runId}?expires=${expires}&signature=${sign(runId, expires)}`;
    },
    verify(runId: string, expires: number, signature: string, now = Date.now()) {
      const expected = Buffer.from(sign(runId, expires));
      const given = Buffer.from(signature);
      return expires * 1000 > now && expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

export type LinkSigner = Awaited<ReturnType<typeof linkSigner>>;

export interface RunLinks {
  signer: () => Promise<LinkSigner>;
  /** How long a link works (DOWNLOAD_LINK_TTL_HOURS). */
  ttlHours: number;
}

/** A signed path to a run's file that works for `ttlHours` from `now`. */
export async function issueRunLink(links: RunLinks, runId: string, now = Date.now()): Promise<{ path: string; expiresAt: Date }> {
  // Whole seconds: the link's `expires` is an integer, and the TTL may be a fraction of an hour.
  const expires = Math.floor(now / 1000 + links.ttlHours * 3600);
  return { path: (await links.signer()).link(runId, expires), expiresAt: new Date(expires * 1000) };
}
