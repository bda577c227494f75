// schema.org structured data a page declares about itself: JSON-LD objects (with @graph and nested objects flattened)
// and microdata item types. Read once per page; metadata.ts takes the article facts, page-type.ts the types, and the
// extractor the text of the main entity when the markup holds none.
import { findAll, textOf, type DomElement } from './dom.ts';

export type JsonLdObject = Record<string, unknown>;

/** How deep nested objects are followed: mainEntity → comment → author is three levels; deeper is data, not the page. */
const MAX_JSON_LD_DEPTH = 6;

export interface StructuredData {
  /** Every JSON-LD object with an @type, outermost first. */
  objects: JsonLdObject[];
  /** schema.org type names from JSON-LD @type and microdata itemtype, with how often each occurs. */
  typeCounts: Map<string, number>;
  /** Types of the page's top-level JSON-LD objects (the script's object, its array items, its @graph): what the page is about. */
  topTypes: Set<string>;
  /**
   * Product entities nested inside another product (a ProductGroup's variants, a product's accessories) or declared
   * as a group's variants: one product page declares them, while a listing's products stand side by side.
   */
  nestedProducts: number;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'ProductModel', 'IndividualProduct']);
const isProductType = (t: string) => PRODUCT_TYPES.has(t);

/** The type names of a JSON-LD object (`@type` may be a string or a list). */
export function typesOf(o: JsonLdObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Parsed JSON-LD per page root: the metadata and the structured data both read it. Shared: not to be changed. */
const jsonLdOf = new WeakMap<DomElement, unknown[]>();

/** The parsed value of every JSON-LD script of the page; malformed ones are skipped. */
export function jsonLdValues(root: DomElement): unknown[] {
  const known = jsonLdOf.get(root);
  if (known) return known;
  const values: unknown[] = [];
  for (const s of findAll(root, (e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''))) {
    try { values.push(JSON.parse(textOf(s))); } catch { /* malformed JSON-LD is common; other evidence remains */ }
  }
  jsonLdOf.set(root, values);
  return values;
}

export function readStructuredData(root: DomElement): StructuredData {
  const objects: JsonLdObject[] = [];
  const typeCounts = new Map<string, number>();
  const topTypes = new Set<string>();
  let nestedProducts = 0;
  const count = (t: string) => typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
  const visit = (node: unknown, depth: number, top: boolean, inProduct: boolean) => {
    if (!node || typeof node !== 'object' || depth > MAX_JSON_LD_DEPTH) return;
    if (Array.isArray(node)) { for (const n of node) visit(n, depth + 1, top, inProduct); return; }
    const o = node as JsonLdObject;
    const types = typesOf(o);
    const product = types.some(isProductType);
    if (types.length) { objects.push(o); types.forEach(count); if (top) types.forEach((t) => topTypes.add(t)); }
    // A variant declared beside its group (`isVariantOf`, `inProductGroupWithID`) is as much the same product.
    if (product && (inProduct || 'isVariantOf' in o || 'inProductGroupWithID' in o)) nestedProducts++;
    for (const [k, v] of Object.entries(o)) if (k !== '@context' && v && typeof v === 'object') visit(v, depth + 1, top && k === '@graph', inProduct || product);
  };
  for (const value of jsonLdValues(root)) visit(value, 0, true, false);
  const microdataNames = (e: DomElement) => (e.attribs?.itemtype ?? '').split(/\s+/).map((url) => url.replace(/^.*[/#]/, '')).filter(Boolean);
  for (const e of findAll(root, (e) => !!e.attribs.itemtype)) {
    const names = microdataNames(e);
    names.forEach(count);
    if (!names.some(isProductType)) continue;
    for (let p = e.parent; p; p = p.parent) if (microdataNames(p).some(isProductType)) { nestedProducts++; break; }
  }
  return { objects, typeCounts, topTypes, nestedProducts };
}
