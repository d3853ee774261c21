import type { Database, DatabaseHandle } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseDriver: DatabaseHandle['driver'];
  }
}

/** Exposes an already-open database; whoever opened it closes it. */
export const databasePlugin = fp(
  (app: FastifyInstance, options: { database: DatabaseHandle }) => {
    app.decorate('db', options.database.db);
    app.decorate('databaseDriver', options.database.driver);
  },
  { name: 'database' },
);
