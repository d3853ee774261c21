import type { Database } from '@kepu/db';

export async function loadDemoData(_db: Database): Promise<{ loaded: boolean; counts: Record<string, number> }> {
  return Promise.resolve({ loaded: false, counts: {} });
}
