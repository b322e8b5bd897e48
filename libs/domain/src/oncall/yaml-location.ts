import { Document, isMap, isNode, isScalar, LineCounter, Node } from 'yaml';
import { FieldPath } from './directory-error';

/**
 * Where a field is in the YAML text (1-based line and column). A field that is missing points at
 * the nearest enclosing node that exists, so "required" errors land on the object that lacks it.
 */
export function locateField(doc: Document, lines: LineCounter, path: FieldPath, key?: string): { line: number; column: number } {
  let node: Node | undefined;
  for (let depth = path.length; depth >= 0 && !node; depth--) {
    const found = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(found)) node = found;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isNode(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
