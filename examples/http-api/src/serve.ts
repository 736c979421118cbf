/** `pnpm serve`: keeps the service running on 127.0.0.1:$PORT (default 8787) until interrupted. */
import { startServer } from './server.js';

const running = await startServer(Number(process.env['PORT'] ?? 8787));
console.log(`tdkt http-api on ${running.url} — ${running.engine} (Ctrl+C to stop)`);
const stop = (): void => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
