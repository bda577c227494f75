import { DEFAULT_DB, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the report views live from the database on localhost (read-only)',
  usage: `claimscope serve [--db FILE] [--port 8080] [--host 127.0.0.1]

Serves the same views as "claimscope report", re-read from the database on every request, so an ingest
running at the same time shows up on reload. Read-only; listens on 127.0.0.1 unless --host says otherwise.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not "${values.port}"`);
    const dbFile = values.db ?? DEFAULT_DB;
    openForQuery(dbFile).close(); // fail now, with the clear message, rather than on the first request
    const { loadReportData, startServer } = await import('../report/index.ts');
    const server = await startServer(() => {
      const db = openForQuery(dbFile);
      try {
        return loadReportData(db, dbFile);
      } finally {
        db.close();
      }
    }, { port, host: values.host ?? '127.0.0.1' });
    io.out(`serving ${dbFile} at ${server.url} (Ctrl+C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
