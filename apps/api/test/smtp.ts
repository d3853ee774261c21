import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO, the addresses the message was delivered to. */
  envelope: string[];
  /** The user the client signed in as, if it did. */
  user: string | undefined;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** SMTP_URL for the app, with the credentials the server accepts. */
  url: string;
  received: ReceivedMail[];
  connections: number;
  /** While set, every recipient is refused with this reply (a mailbox that is full, a server in trouble). */
  refuse: string | null;
  close(): Promise<void>;
}

export const smtpUser = { name: 'kepu', password: 'smtp-secret-4711' };

/**
 * A real SMTP server on 127.0.0.1 (random port) that keeps what it receives, parsed. It signs the
 * client in over plain text and offers no STARTTLS: tests have no certificate to trust.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: '',
    received: [],
    connections: 0,
    refuse: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      state.connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === smtpUser.name && auth.password === smtpUser.password) return callback(null, { user: auth.username });
      return callback(new Error('wrong credentials'));
    },
    onRcptTo(_address, _session, callback) {
      if (!state.refuse) return callback();
      return callback(Object.assign(new Error(state.refuse), { responseCode: 450 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          state.received.push({ envelope: session.envelope.rcptTo.map((to) => to.address), user: session.user as string | undefined, parsed });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the SMTP server has no port');
  state.url = `smtp://${smtpUser.name}:${smtpUser.password}@127.0.0.1:${address.port}`;
  return state;
}
