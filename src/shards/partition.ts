// Partitions of the compare reduce. Every group compare can form lies within one entity's family: rule groups and
// embedding merges never cross entities, and a company's parameter claim joins only a model of that company (the alias
// table's developer links). So hashing the family, never the claim, puts every possible group in one partition. Pure.

/**
 * Entity → its family's name: the developer–product links' connected components (a product of two developers joins
 * both families), named by their smallest member so that the name does not depend on the order of the links.
 */
export function entityFamilies(productsByDeveloper: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const add = (x: string) => { if (!parent.has(x)) parent.set(x, x); };
  for (const [developer, products] of productsByDeveloper) {
    add(developer);
    for (const product of products) {
      add(product);
      const [a, b] = [find(developer), find(product)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return new Map([...parent.keys()].map((x) => [x, find(x)]));
}

/** The partition (0..partitions-1) of an entity's claims. */
export function partitionOf(entity: string, families: ReadonlyMap<string, string>, partitions: number): number {
  return fnv1a(families.get(entity) ?? entity) % partitions;
}

/** 32-bit FNV-1a over UTF-16 code units: stable across runs and machines, unlike anything seeded. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
