// The auth hook resolves a bearer key through this.
export { findApiKey } from './resolve.js';
