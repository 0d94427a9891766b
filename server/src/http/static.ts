// Serves the built client; any non-API path falls back to index.html so links like /x/CODE work.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

export function clientRoutes(app: express.Application, clientDist: string): void {
  const index = join(clientDist, 'index.html');
  if (!existsSync(index)) {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('html')
        .send(
          '<!doctype html><html><body><p>The client is not built yet: run <code>npm start</code>.</p></body></html>',
        );
    });
    return;
  }
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => res.sendFile(index));
}
