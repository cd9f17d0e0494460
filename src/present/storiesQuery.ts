/** The catalog's stories; a story that fails its schema is left out (validate names the problem). */
import { queryOptions } from '@tanstack/react-query';
import { loadJson } from '../data/queries';
import { storySchema, type Story } from './storySchema';

export const storiesQuery = (files: readonly string[]) =>
  queryOptions({
    queryKey: ['geodata', 'stories', ...files],
    queryFn: async () => {
      const stories: Story[] = [];
      for (const file of files) {
        try {
          stories.push(await loadJson(file, storySchema));
        } catch (e) {
          console.warn(e instanceof Error ? e.message : e);
        }
      }
      return stories;
    },
    staleTime: Infinity,
  });
