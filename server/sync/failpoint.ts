// A test-only failpoint (server/tablet-api/sync/server-killed.test.ts). With
// BORNE_TEST_FAILPOINT=push-hold in the server's environment, a push stops inside its transaction
// right after its first inserts, says so in one line on stderr and waits there for ever, so the
// test can SIGKILL the server at exactly that moment. Without that variable (always, outside that
// test) it does nothing.
export function pushFailpoint(): Promise<void> | undefined {
  if (process.env.BORNE_TEST_FAILPOINT !== 'push-hold') return undefined;
  process.stderr.write('[failpoint] push-hold: inside the push transaction, after its first inserts\n');
  return new Promise<void>(() => {});
}
