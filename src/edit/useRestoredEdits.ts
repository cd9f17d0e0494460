/**
 * On return (a reload, a closed tab reopened, a crash), the sessions saved in IndexedDB are put
 * back at once, so the map shows the edits and nothing is lost; the notice then lists them per
 * layer to review, keep or discard, and says when the file on disk changed in the meantime.
 */
import { useEffect, useState } from 'react';
import { discard, open, savedSessions } from './editStore';
import { hasChanges, sha256, type Session } from './session';
import { fetchFileText } from './EditPanel';

export interface Restored {
  session: Session;
  /** The file on disk is no longer the one the edits began from. */
  changedOnDisk: boolean;
}

export function useRestoredEdits(): [Restored[], (file: string) => void] {
  const [restored, setRestored] = useState<Restored[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const out: Restored[] = [];
      for (const s of await savedSessions()) {
        if (!hasChanges(s) && !s.history.undone.length) {
          void discard(s.file);
          continue;
        }
        const disk = await fetchFileText(s.file).then(sha256, () => s.baseHash);
        open(s);
        if (hasChanges(s)) out.push({ session: s, changedOnDisk: disk !== s.baseHash });
      }
      if (live) setRestored(out);
    })();
    return () => {
      live = false;
    };
  }, []);
  return [restored, (file) => setRestored((r) => r.filter((x) => x.session.file !== file))];
}
