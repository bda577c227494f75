// The pages of one shard: those directly in its folders. A folder is a page's parent directory relative to the root
// ('.' for the root itself), the unit that repeated-block removal counts in (src/text/clean/repeated.ts).
import { join, posix } from 'node:path';
import { walkPages, type PageSource } from '../pipeline/walk.ts';

/** The folder a page belongs to. */
export const folderOf = (path: string): string => posix.dirname(path);

/**
 * Walks only the subtrees that hold the slice's folders, and yields the pages directly in them. A folder whose
 * ancestor is in the slice is covered by that ancestor's walk.
 */
export async function* walkFolders(root: string, folders: ReadonlySet<string>): AsyncGenerator<PageSource> {
  const tops = [...folders].sort().filter((folder) => !ancestorsOf(folder).some((a) => folders.has(a)));
  for (const top of tops) {
    try {
      for await (const page of walkPages(root, top === '.' ? root : join(root, top))) if (folders.has(folderOf(page.path))) yield page;
    } catch (error) {
      // A planned folder that is gone has no pages now: its articles are pruned like any vanished page.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/** 'a/b/c' → ['.', 'a', 'a/b']. */
function ancestorsOf(folder: string): string[] {
  if (folder === '.') return [];
  const parts = folder.split('/');
  return ['.', ...parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'))];
}
