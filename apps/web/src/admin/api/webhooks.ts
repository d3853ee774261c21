import type { CreateWebhook, CreatedWebhook, Webhook, WebhookDelivery } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { fetchJson, queryString, send, type QueryParams } from '../../shared/api/client.js';
import { webhookKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getWebhooks = (params: QueryParams) => fetchJson(`/webhooks${queryString(params)}`, (domain) => domain.WebhookPage);
export const getDeliveries = (id: string, params: QueryParams) =>
  fetchJson(`/webhooks/${id}/deliveries${queryString(params)}`, (domain) => domain.WebhookDeliveryPage);

export const webhookQueries = {
  list: (params: QueryParams) => queryOptions({ queryKey: webhookKeys.list(params), queryFn: () => getWebhooks(params) }),
  /** Refreshed while shown, so a delivery can be watched through its retries. */
  deliveries: (id: string, params: QueryParams) =>
    queryOptions({ queryKey: webhookKeys.deliveries(id, params), queryFn: () => getDeliveries(id, params), refetchInterval: 3000 }),
};

const invalidates = () => [webhookKeys.all];

/** The answer carries the secret, shown once. */
export const useCreateWebhook = (feedback?: Feedback<CreateWebhook, CreatedWebhook>) =>
  useApiMutation(
    { request: (body: CreateWebhook) => fetchJson('/webhooks', (domain) => domain.CreatedWebhookResponse, { method: 'POST', body }), invalidates },
    feedback,
  );

/** Turning a subscription on (which also clears an automatic disabling) or off. */
export const useSetWebhookActive = (feedback?: Feedback<{ webhook: Webhook; active: boolean }, Webhook>) =>
  useApiMutation(
    {
      request: ({ webhook, active }: { webhook: Webhook; active: boolean }) =>
        fetchJson(`/webhooks/${webhook.id}`, (domain) => domain.WebhookResponse, { method: 'PATCH', body: { active }, ifMatch: webhook.version }),
      invalidates,
    },
    feedback,
  );

export const useDeleteWebhook = (feedback?: Feedback<Webhook, void>) =>
  useApiMutation(
    { request: (webhook: Webhook) => send(`/webhooks/${webhook.id}`, { method: 'DELETE', ifMatch: webhook.version }), invalidates },
    feedback,
  );

/** The answer carries the new secret, shown once. */
export const useRotateWebhookSecret = (feedback?: Feedback<Webhook, CreatedWebhook>) =>
  useApiMutation(
    {
      request: (webhook: Webhook) =>
        fetchJson(`/webhooks/${webhook.id}/rotate-secret`, (domain) => domain.CreatedWebhookResponse, { method: 'POST' }),
      invalidates,
    },
    feedback,
  );

export const usePingWebhook = (feedback?: Feedback<Webhook, WebhookDelivery>) =>
  useApiMutation(
    {
      request: (webhook: Webhook) => fetchJson(`/webhooks/${webhook.id}/ping`, (domain) => domain.WebhookDeliveryResponse, { method: 'POST' }),
      invalidates,
    },
    feedback,
  );

export const useRedeliver = (feedback?: Feedback<{ webhook: Webhook; delivery: WebhookDelivery }, WebhookDelivery>) =>
  useApiMutation(
    {
      request: ({ webhook, delivery }: { webhook: Webhook; delivery: WebhookDelivery }) =>
        fetchJson(`/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`, (domain) => domain.WebhookDeliveryResponse, { method: 'POST' }),
      invalidates,
    },
    feedback,
  );
