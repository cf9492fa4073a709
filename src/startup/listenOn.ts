/** A start-up failure an operator fixes from its one-line message (no stack trace). */
export class StartupError extends Error {}

/**
 * Runs `listen`, turning a port that cannot be had into a StartupError naming
 * its variable: of `ports` (variable → port), the one the error names.
 */
export async function listenOn<T>(
  ports: Record<string, number>,
  listen: () => Promise<T>,
): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    const { code, port: failed } = error as NodeJS.ErrnoException & { port?: number };
    const [variable, port] =
      Object.entries(ports).find(([, p]) => p === failed) ?? Object.entries(ports)[0];
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `${variable}=${port}: the port is already in use (another gateway or emulator running?); stop it or set ${variable} to a free port`,
      );
    }
    if (code === 'EACCES') {
      throw new StartupError(
        `${variable}=${port}: no permission to listen on this port; set ${variable} to a port from 1024 up`,
      );
    }
    throw error;
  }
}
