/**
 * What the servers send besides the files. Development: the write token as a meta tag (the write
 * endpoints require it, devToken.ts) and a Content-Security-Policy that allows what Vite's client
 * needs (its module scripts, the inline React-refresh preamble by its hash, the HMR websocket) and
 * nothing else. Both servers: `nosniff`, and `frame-ancestors 'none'` (a header: a meta tag cannot
 * carry it), so no other site can frame the app. The built page has its own policy (vite.config.ts).
 */
import { createHash } from 'node:crypto';
import type { Connect, Plugin } from 'vite';
import { WRITE_TOKEN_META, writeToken } from './devToken.ts';

const TILES = 'https://tile.openstreetmap.org https://*.tianditu.gov.cn';

export function devPolicy(inlineScripts: readonly string[]): string {
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes}`.trim(),
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${TILES}`,
    `connect-src 'self' ws://127.0.0.1:* ws://localhost:* ${TILES}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

const headers: Connect.NextHandleFunction = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  next();
};

export function securityHeaders(): Plugin {
  return {
    name: 'wz-security-headers',
    configureServer(server) {
      server.middlewares.use(headers);
    },
    configurePreviewServer(server) {
      server.middlewares.use(headers);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.server) return html;
        const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${devPolicy(inline)}" />\n    <meta name="${WRITE_TOKEN_META}" content="${writeToken()}" />`;
        return html.replace(/<meta charset="UTF-8" \/>/, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}
