import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleStoryWrite, registerStory } from '../../../scripts/lib/storyWriteBack';
import { WRITE_TOKEN_HEADER, writeToken } from '../../../scripts/lib/devToken';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wz-stories-'));
  cpSync('geodata', dir, { recursive: true });
  server = createServer((req, res) => void handleStoryWrite(dir, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const structure = JSON.parse(readFileSync('geodata/stories/structure.json', 'utf8')) as { id: string; slides: { layers: string[] }[] };
const post = (id: string, body: unknown, origin: string | undefined = base, token: string | null = writeToken()) =>
  fetch(`${base}/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(origin && { Origin: origin }), ...(token && { [WRITE_TOKEN_HEADER]: token }) }, body: typeof body === 'string' ? body : JSON.stringify(body, null, 2) });

describe('story write-back (dev server)', () => {
  it('writes a valid story and lists it in the catalog, keeping the catalog as people wrote it', async () => {
    const before = readFileSync(join(dir, 'catalog.json'), 'utf8');
    const res = await post('meeting', { ...structure, id: 'meeting' });
    const body = (await res.json()) as { ok: boolean; registered: boolean };
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ ok: true, registered: true });
    expect(JSON.parse(readFileSync(join(dir, 'stories/meeting.json'), 'utf8')).id).toBe('meeting');
    const after = readFileSync(join(dir, 'catalog.json'), 'utf8');
    expect(JSON.parse(after).stories).toContain('stories/meeting.json');
    // One line more, nothing else moved.
    expect(after.split('\n').length).toBe(before.split('\n').length + 1);
    // Written again: still listed once.
    await post('meeting', { ...structure, id: 'meeting' });
    expect(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')).stories.filter((s: string) => s === 'stories/meeting.json')).toHaveLength(1);
  });

  it('refuses a story with problems, names them, and writes nothing', async () => {
    const bad = { ...structure, id: 'broken', slides: [{ ...structure.slides[0], layers: ['no-such-layer'] }] };
    const res = await post('broken', bad);
    const body = (await res.json()) as { ok: boolean; problems: { message: { zh: string }; line?: number }[] };
    expect(res.status).toBe(422);
    expect(body.problems.map((p) => p.message.zh)).toContain('没有图层“no-such-layer”');
    expect(body.problems[0]!.line).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'stories/broken.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')).stories).not.toContain('stories/broken.json');
    const notJson = await post('broken', '{"id": "broken",');
    expect(notJson.status).toBe(422);
  });

  it('writes only for its own page: other origins, a missing origin, a mismatched id are refused', async () => {
    expect((await post('meeting', { ...structure, id: 'meeting' }, 'http://evil.example')).status).toBe(403);
    // The right origin without this server's token (a page that guessed the port): refused.
    expect((await post('meeting', { ...structure, id: 'meeting' }, base, null)).status).toBe(403);
    expect((await post('meeting', { ...structure, id: 'meeting' }, base, 'guessed')).status).toBe(403);
    expect((await post('meeting', { ...structure, id: 'meeting' }, '')).status).toBe(403);
    expect((await post('other', { ...structure, id: 'meeting' })).status).toBe(422);
    expect((await post('..%2Fcatalog', structure)).status).toBe(400);
  });

  it('inserts into an empty list too', () => {
    expect(JSON.parse(registerStory('{\n  "stories": []\n}', 'stories/a.json')!).stories).toEqual(['stories/a.json']);
  });
});
