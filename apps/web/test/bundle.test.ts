import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../bench/bundle.js';

describe('the console bundle', () => {
  it('when the sign-in page loads, its JavaScript stays within 300 KB gzipped and no page after sign-in comes with it', async () => {
    const sizes = await bundleSizes();
    expect(sizes.signInBytes).toBeLessThanOrEqual(300 * 1024);
    expect(sizes.signInFiles.some((file) => /Dashboard|ListPage|FormPage|Shell/.test(file))).toBe(false);
    expect(sizes.lazyChunks).toBeGreaterThan(5);
  });
});
