import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError, request } from './api.js';

/**
 * A one-click change (delete, restore, revoke, switching on or off): sends it, refreshes the cached
 * queries it affects and says how it went. Resolves true when it succeeded.
 */
export function useAction() {
  const { message } = App.useApp();
  const client = useQueryClient();
  return async function run(
    path: string,
    options: { method: 'DELETE' | 'POST' | 'PATCH'; body?: unknown; ifMatch: number; refresh: string[]; success?: string },
  ): Promise<boolean> {
    try {
      await request(path, { method: options.method, body: options.body, ifMatch: options.ifMatch });
      await Promise.all(options.refresh.map((key) => client.invalidateQueries({ queryKey: [key] })));
      if (options.success) message.success(options.success);
      return true;
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.title : String(error));
      return false;
    }
  };
}
