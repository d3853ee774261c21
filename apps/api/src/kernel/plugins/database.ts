import type { Database, DatabaseHandle } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseDriver: DatabaseHandle['driver'];
    databaseSessions: DatabaseHandle['sessions'];
    /** CSV written by PostgreSQL's COPY, where the database can stream it. */
    copyCsv: DatabaseHandle['copyCsv'];
    /** The embedded database's count of calls that wrote (see DatabaseHandle); PostgreSQL has none. */
    databaseWriteCount: DatabaseHandle['writeCount'];
    /** `select 1` on a connection of its own (PostgreSQL), settled within the deadline; for health checks. */
    pingDatabase: DatabaseHandle['ping'];
  }
}

/** Exposes an already-open database; whoever opened it closes it. */
export const databasePlugin = fp(
  (app: FastifyInstance, options: { database: DatabaseHandle }) => {
    app.decorate('db', options.database.db);
    app.decorate('databaseDriver', options.database.driver);
    app.decorate('databaseSessions', options.database.sessions);
    app.decorate('copyCsv', options.database.copyCsv);
    app.decorate('databaseWriteCount', options.database.writeCount);
    app.decorate('pingDatabase', (deadlineMs: number) => options.database.ping(deadlineMs));
  },
  { name: 'database' },
);
