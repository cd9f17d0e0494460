/**
 * What every dev-server write endpoint shares: only this machine's own page may write (the request
 * comes from 127.0.0.1, with a Host and an Origin of this server and the token this server wrote
 * into its page, so another site open in the browser cannot post here), bodies have a size limit,
 * answers are JSON with bilingual problems.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Problem } from '../../src/data/validate/problem';
import { WRITE_TOKEN_HEADER, writeToken } from './devToken';

const LOCAL = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export const refusal = (zh: string, en: string, file = 'dev server') => ({ ok: false, problems: [{ severity: 'error', code: 'write-refused', file, message: { zh, en } } satisfies Problem] });

export function allowed(req: IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  const origin = req.headers.origin;
  if (!LOCAL.has(req.socket.remoteAddress ?? '')) return false;
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) return false;
  if (!origin || (origin !== `http://${host}` && origin !== `https://${host}`)) return false;
  return req.headers[WRITE_TOKEN_HEADER] === writeToken();
}

/** The body as text, or undefined when it is larger than `max` bytes. */
export function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    req.on('end', () => done(size > max ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
