/** Where the example finds Kepu and its credentials. */
export const settings = {
  kepuUrl: process.env.KEPU_URL ?? 'http://localhost:3000',
  apiKey: process.env.KEPU_API_KEY,
  webhookSecret: process.env.KEPU_WEBHOOK_SECRET ?? '',
};
