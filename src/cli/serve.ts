import { DEFAULT_DB, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'browse facts, claims, entities and articles live from the database on localhost (read-only)',
  usage: `claimscope serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--allow-host NAME]

Serves paginated, filterable views (overview, facts across languages, claims, entities, articles, one article
with its claims marked and its removed blocks) and full-text search in any script, each answered from the
database on request, so an ingest running at the same time shows up on reload. Read-only; listens on 127.0.0.1
unless --host says otherwise, and answers only requests addressed to localhost or the bound address (so a web page
cannot reach it through DNS rebinding); --allow-host NAME accepts one more Host name (a proxy's, say).`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'allow-host': { type: 'string', multiple: true } });
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not "${values.port}"`);
    const dbFile = values.db ?? DEFAULT_DB;
    const db = openForQuery(dbFile);
    const { startServer } = await import('../report/index.ts');
    const server = await startServer(db, { port, host: values.host ?? '127.0.0.1', allowHosts: values['allow-host'] as string[] | undefined });
    io.out(`serving ${dbFile} at ${server.url} (Ctrl+C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    db.close();
    return 0;
  },
};
