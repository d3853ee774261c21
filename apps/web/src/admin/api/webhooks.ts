import type { CreateWebhook, CreatedWebhook, Webhook, WebhookDelivery } from '@kepu/domain';
import { queryOptions } from '@tanstack/react-query';
import { answer, api, ifMatch, type Query } from '../../shared/api/client.js';
import { webhookKeys } from '../../shared/api/keys.js';
import { useApiMutation, type Feedback } from '../../shared/api/mutation.js';

export const getWebhooks = (query: Query<'listWebhooks'>) => answer(api.GET('/api/v1/webhooks', { params: { query } }));
export const getDeliveries = (id: string, query: Query<'listWebhookDeliveries'>) =>
  answer(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query } }));

export const webhookQueries = {
  list: (query: Query<'listWebhooks'>) => queryOptions({ queryKey: webhookKeys.list(query), queryFn: () => getWebhooks(query) }),
  /** Refreshed while shown, so a delivery can be watched through its retries. */
  deliveries: (id: string, query: Query<'listWebhookDeliveries'>) =>
    queryOptions({ queryKey: webhookKeys.deliveries(id, query), queryFn: () => getDeliveries(id, query), refetchInterval: 3000 }),
};

const invalidates = () => [webhookKeys.all];
const path = (webhook: Webhook) => ({ path: { id: webhook.id } });

/** The answer carries the secret, shown once. */
export const useCreateWebhook = (feedback?: Feedback<CreateWebhook, CreatedWebhook>) =>
  useApiMutation({ request: (body: CreateWebhook) => answer(api.POST('/api/v1/webhooks', { body })), invalidates }, feedback);

/** Turning a subscription on (which also clears an automatic disabling) or off. */
export const useSetWebhookActive = (feedback?: Feedback<{ webhook: Webhook; active: boolean }, Webhook>) =>
  useApiMutation(
    {
      request: ({ webhook, active }: { webhook: Webhook; active: boolean }) =>
        answer(api.PATCH('/api/v1/webhooks/{id}', { params: { ...path(webhook), header: ifMatch(webhook.version) }, body: { active } })),
      invalidates,
    },
    feedback,
  );

export const useDeleteWebhook = (feedback?: Feedback<Webhook, void>) =>
  useApiMutation(
    {
      request: (webhook: Webhook) => answer(api.DELETE('/api/v1/webhooks/{id}', { params: { ...path(webhook), header: ifMatch(webhook.version) } })),
      invalidates,
    },
    feedback,
  );

/** The answer carries the new secret, shown once. */
export const useRotateWebhookSecret = (feedback?: Feedback<Webhook, CreatedWebhook>) =>
  useApiMutation(
    { request: (webhook: Webhook) => answer(api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: path(webhook) })), invalidates },
    feedback,
  );

export const usePingWebhook = (feedback?: Feedback<Webhook, WebhookDelivery>) =>
  useApiMutation({ request: (webhook: Webhook) => answer(api.POST('/api/v1/webhooks/{id}/ping', { params: path(webhook) })), invalidates }, feedback);

export const useRedeliver = (feedback?: Feedback<{ webhook: Webhook; delivery: WebhookDelivery }, WebhookDelivery>) =>
  useApiMutation(
    {
      request: ({ webhook, delivery }: { webhook: Webhook; delivery: WebhookDelivery }) =>
        answer(
          api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhook.id, deliveryId: delivery.id } } }),
        ),
      invalidates,
    },
    feedback,
  );
