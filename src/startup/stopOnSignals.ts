/** How long past the shutdown timeout the process may take to close before it exits anyway. */
const EXIT_GRACE_MS = 500;

/**
 * On SIGINT or SIGTERM, runs `shutdown` (given the time left before
 * `timeoutMs` runs out) and exits 0; a second signal exits at once, and a
 * shutdown still running past the timeout (a hung trace export, say) does not
 * hold the exit.
 */
export function stopOnSignals(
  timeoutMs: number,
  shutdown: (remainingMs: () => number) => Promise<void>,
): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting now, without waiting for requests or log lines`);
      process.exit(1);
    }
    stopping = true;
    const deadline = Date.now() + timeoutMs;
    setTimeout(() => {
      console.error(`shutdown did not finish within SHUTDOWN_TIMEOUT_MS: exiting anyway`);
      process.exit(1);
    }, timeoutMs + EXIT_GRACE_MS).unref();
    console.log(`${signal}: draining in-flight requests (up to ${timeoutMs} ms)`);
    await shutdown(() => deadline - Date.now());
    console.log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
