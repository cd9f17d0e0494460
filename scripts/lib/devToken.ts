/**
 * The dev server's write token: made once per server (kept in the environment, so the config and
 * the handlers Vite loads apart share it), written into the page it serves, and required on every
 * write. Another web page open in the same browser cannot read this server's page, so it cannot
 * send the token, even where it could reach 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';

export const WRITE_TOKEN_HEADER = 'x-wz-write-token';
export const WRITE_TOKEN_META = 'wz-write-token';

export function writeToken(): string {
  process.env.WZ_WRITE_TOKEN ??= randomBytes(18).toString('base64url');
  return process.env.WZ_WRITE_TOKEN;
}
