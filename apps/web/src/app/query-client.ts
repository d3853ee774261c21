import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../shared/api/client.js';

/** The console's one query cache: the early requests (early-requests.ts) fill it before the app that reads it exists. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});
