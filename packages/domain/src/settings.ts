import { z } from 'zod';

export const MailSettingsResponse = z
  .object({
    enabled: z.boolean().meta({ description: 'false when the server has no SMTP_URL: recipients are stored but mailed nothing' }),
    from: z.string().meta({ description: 'the sender of every mail (MAIL_FROM)' }),
    attachmentLimitBytes: z.number().int().meta({ description: 'files up to this size are attached; larger ones are sent as a signed link' }),
    publicUrl: z.string().nullable().meta({
      description:
        'the address links in a mail start with (PUBLIC_URL); null: a file too large to attach is not linked, the mail says to download it from the console',
    }),
  })
  .meta({ id: 'MailSettings' });
export type MailSettings = z.infer<typeof MailSettingsResponse>;
