import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev` serves the console with hot reload and sends /api to the API (`npm start` or `pnpm --filter @kepu/api dev`).
export default defineConfig({
  plugins: [react()],
  // eslint-disable-next-line no-restricted-properties -- a build-tool setting, not app configuration
  server: { port: 5173, proxy: { '/api': process.env.KEPU_API_URL ?? 'http://127.0.0.1:3000' } },
  build: { manifest: true, chunkSizeWarningLimit: 1500 },
});
