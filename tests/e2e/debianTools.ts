/**
 * Outside programs the tests open exported files with, as a user would: LibreOffice for the deck,
 * poppler for PDF pages. Installed from Debian when missing and we run as root.
 */
import { execSync } from 'node:child_process';

const has = (cmd: string) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export function ensureTools(tools: Record<string, string>): void {
  const missing = Object.entries(tools).filter(([cmd]) => !has(cmd));
  if (!missing.length) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
  if (process.getuid?.() !== 0) throw new Error(`${missing.map(([c]) => c).join(', ')} missing. Install with:\n  sudo apt-get install -y ${packages}`);
  console.log(`Installing ${packages} for the export tests…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, { stdio: 'inherit' });
}
