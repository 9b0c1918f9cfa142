/**
 * Work as a count, not a clock: jsdom keeps its tree in symbol-tree, and every step through it
 * (child, sibling, parent, the iterators behind textContent and querySelectorAll) goes through
 * SymbolTree#_node. Counting its calls measures the tree work of a run whatever the machine's load.
 */
import { createRequire } from 'node:module'

const symbolTree = (createRequire(createRequire(import.meta.url).resolve('jsdom'))('symbol-tree') as { prototype: { _node?: (object: object) => unknown } }).prototype

/** The tree steps `run` takes (its own result is the caller's: this only counts). */
export function countTreeSteps(run: () => void): number {
  const node = symbolTree._node
  if (typeof node !== 'function') throw new Error("jsdom's symbol-tree has no _node(): the tree-step counter needs updating")
  let steps = 0
  symbolTree._node = function (this: unknown, object: object) {
    steps++
    return node.call(this, object)
  }
  try {
    run()
  } finally {
    symbolTree._node = node
  }
  return steps
}

/** Every node of the document (elements, text, comments), counted without counting steps. */
export function nodeCount(doc: Document): number {
  const walker = doc.createTreeWalker(doc, 0xffffffff)
  let count = 0
  while (walker.nextNode()) count++
  return count
}
