/** `pnpm start`: boots the service on a loopback port, runs the scripted client through every endpoint, prints what it did, exits. */
import { runScript } from './client.js';
import { startServer } from './server.js';

const running = await startServer(0, { scratch: true });
console.log(`tdkt http-api on ${running.url} — ${running.engine}`);
try {
  const calls = await runScript(running.url, (l) => console.log(l));
  console.log(`Xong / done: ${calls.length} calls`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await running.close();
}
