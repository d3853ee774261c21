import { createTransport } from 'nodemailer';

declare module 'fastify' {
  interface FastifyInstance {
    /** Outgoing mail: off (nothing is sent, nothing connects) unless SMTP_URL is set. */
    mail: Mailer;
  }
}

export const defaultMailFrom = 'Kepu 全域科普 <no-reply@localhost>';
/** Larger files go as a signed link: many mail servers refuse messages above 10–25 MB, and base64 adds a third. */
export const defaultAttachmentLimitBytes = 5 * 1024 * 1024;

export interface MailSettings {
  /** `smtp://user:password@host:587` (STARTTLS when the server offers it) or `smtps://…:465`; unset turns mail off. */
  smtpUrl?: string | undefined;
  from?: string | undefined;
  attachmentLimitBytes?: number | undefined;
  /** Where people open Kepu (PUBLIC_URL): links in a mail are absolute, so without it a mail cannot link to a file. */
  publicUrl?: string | undefined;
}

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  text: string;
  /** Extra headers, e.g. what the message is about for someone reading the mail server's log. */
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

export interface Mailer {
  readonly enabled: boolean;
  readonly from: string;
  readonly attachmentLimitBytes: number;
  readonly publicUrl: string | null;
  /**
   * Hands the message to the SMTP server; throws when the server refuses it or every recipient.
   * Resolves with the recipients it refused when it took the message for the others.
   */
  send(mail: OutgoingMail): Promise<{ rejected: string[] }>;
  close(): void;
}

/** The SMTP server's address without its credentials, for logs and the console. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

export function createMailer(settings: MailSettings): Mailer {
  const from = settings.from ?? defaultMailFrom;
  const common = {
    from,
    attachmentLimitBytes: settings.attachmentLimitBytes ?? defaultAttachmentLimitBytes,
    publicUrl: settings.publicUrl?.replace(/\/+$/, '') ?? null,
  };
  if (!settings.smtpUrl) {
    return {
      ...common,
      enabled: false,
      send: () => Promise.reject(new Error('mail is off: SMTP_URL is not set')),
      close: () => undefined,
    };
  }
  // One connection per message: scheduled mail is a few messages an hour, and a pool would hold
  // connections the SMTP server times out anyway.
  const transport = createTransport(settings.smtpUrl, { from });
  return {
    ...common,
    enabled: true,
    async send(mail) {
      const info = await transport.sendMail({
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
        headers: mail.headers ?? {},
        attachments: mail.attachments ?? [],
      });
      return { rejected: info.rejected.map(String) };
    },
    close: () => transport.close(),
  };
}
