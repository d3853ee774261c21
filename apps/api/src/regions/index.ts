// The region tree, for figures rolled up over a subtree.
export { childrenOf, countInSubtree } from './tree.js';
