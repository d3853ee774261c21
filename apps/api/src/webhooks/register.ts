import type { FastifyInstance } from 'fastify';
import { addressPolicy } from './addresses.js';
import { registerDeliveryRoutes } from './deliveries.js';
import { registerSubscriptionRoutes } from './routes.js';

/** `/api/v1/webhooks`: subscriptions, their deliveries, redelivery and ping. `allowHosts` is WEBHOOK_ALLOW_HOSTS. */
export function registerWebhookRoutes(app: FastifyInstance, options: { allowHosts: readonly string[] }) {
  registerSubscriptionRoutes(app, addressPolicy(options.allowHosts));
  registerDeliveryRoutes(app);
}
