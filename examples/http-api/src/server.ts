/** Boots the service on a loopback port. */
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { openStorage } from './db.js';

/** A running service: its URL, the engine it stores in, and how to stop it. */
export interface Running {
  url: string;
  engine: string;
  close(): Promise<void>;
}

/**
 * Starts the service on 127.0.0.1 (`port` 0 = any free port). `scratch`: on a PostgreSQL server,
 * a fresh schema dropped on close (see {@link openStorage}).
 */
export async function startServer(port = 0, options: { scratch?: boolean } = {}): Promise<Running> {
  const opened = await openStorage(undefined, options);
  const { storage, engine } = opened;
  const app = createApp(storage);
  const server = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) => resolve({ server: s, port: info.port }));
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    engine,
    close: async () => {
      await new Promise<void>((resolve) => server.server.close(() => resolve()));
      await opened.close();
    },
  };
}
