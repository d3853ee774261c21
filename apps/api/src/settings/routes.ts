import { MailSettingsResponse } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problems } from '../kernel/openapi.js';

/** How this server is configured, as far as staff need to know it; never a credential. */
export function registerSettingsRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/settings/mail',
    {
      config: { access: { authenticated: true } },
      schema: {
        operationId: 'getMailSettings',
        tags: ['设置 settings'],
        summary: 'Whether this server sends mail, and from whom',
        description: 'Mail is on when the server has `SMTP_URL`. The SMTP address and its credentials are never shown.',
        response: { 200: MailSettingsResponse, ...problems(401) },
      },
    },
    () => {
      const { enabled, from, attachmentLimitBytes, publicUrl } = app.mail;
      return { enabled, from, attachmentLimitBytes, publicUrl };
    },
  );
}
