/**
 * Finds Debian's Chromium for the end-to-end tests, installing it (with a CJK font, or Chinese
 * labels draw as empty boxes) when it is missing and we run as root. Playwright's own browser
 * download is not used: it needs a host this machine cannot reach.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function hasCjkFont(): boolean {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM) && hasCjkFont()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium (${CHROMIUM}) or a CJK font is missing. Install them with:\n  sudo apt-get install -y chromium fonts-noto-cjk\nor set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  console.log('Installing Debian chromium and fonts-noto-cjk for the end-to-end tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
}
