/** `bifolio dev`: live preview of both scripts. */
import { dev } from 'astro';
import { astroInlineConfig, type ProjectOptions } from './astro-project.ts';

export async function startDev(options: ProjectOptions & { port?: number; host?: string }): Promise<void> {
  const server = await dev({
    ...astroInlineConfig({ ...options, verbose: true }),
    server: { port: options.port ?? 4321, host: options.host ?? '127.0.0.1' },
  });
  const shutdown = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
