import { createKepuClient } from '@kepu/client';
import { politeFetch } from './backoff.js';
import { settings } from './env.js';
import { startReceiver } from './webhooks.js';
import { syncMirror, type SyncEntity } from './sync.js';

// Usage:
//   KEPU_URL=https://kepu.example.gov.cn KEPU_API_KEY=kepu_… tsx src/cli.ts sync events events.json
//   KEPU_WEBHOOK_SECRET=whsec_… tsx src/cli.ts receive 8080 deliveries.jsonl
const [command, first, second] = process.argv.slice(2);

if (command === 'sync' && first && second) {
  const kepu = createKepuClient({
    baseUrl: settings.kepuUrl,
    apiKey: settings.apiKey,
    fetch: politeFetch({ log: (line) => console.error(line) }),
  });
  const result = await syncMirror(kepu, first as SyncEntity, second);
  console.log(`${first}: ${result.upserts} changed, ${result.deletions} deleted in ${result.pages} page(s); ${result.records} kept in ${second}`);
} else if (command === 'receive' && first && second) {
  const { url } = await startReceiver({ secret: settings.webhookSecret, logFile: second, port: Number(first), host: '0.0.0.0' });
  console.log(`receiving Kepu webhooks at ${url}; deliveries are logged to ${second}`);
} else {
  console.error('usage: cli.ts sync <entity> <file> | cli.ts receive <port> <log file>');
  process.exitCode = 2;
}
