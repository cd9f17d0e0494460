/**
 * In development the dev server says when a file under geodata/ changed on disk (an edit in QGIS
 * or a text editor); its queries are fetched again, so the layer updates without a page reload.
 * A file with local edits keeps showing them; the editor warns before writing back.
 */
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';

export function useGeodataReload(onChanged: (file: string, hash: string | undefined) => void) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot) return;
    const listener = ({ file, hash }: { file: string; hash?: string }) => {
      // A layer file reloads itself; a table or a JSON file may feed several queries, so all reload.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'geodata' && (!file.endsWith('.geojson') || q.queryKey.includes(file)) });
      onChanged(file, hash);
    };
    hot.on('wz:geodata-changed', listener);
    return () => hot.off('wz:geodata-changed', listener);
  }, [queryClient, onChanged]);
}
