// `tsx tests/e2e/support/postgres-drop.ts NAME PORT`: drops the run's database once the server on
// PORT has stopped. Started detached by the globalTeardown, which runs while Playwright's web
// servers are still up (they stop after it): dropping under a live server would crash it noisily.
import { connect } from 'node:net';
import { dropDatabase } from './postgres';

const [name, port] = process.argv.slice(2);

function listening(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: p });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function main(): Promise<void> {
  if (!name || !port) throw new Error('usage: postgres-drop.ts NAME PORT');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await listening(Number(port)))) {
    await new Promise((r) => setTimeout(r, 250));
  }
  await dropDatabase(name);
}

main().catch((err: unknown) => {
  console.error(`could not drop database ${name}:`, err);
  process.exit(1);
});
