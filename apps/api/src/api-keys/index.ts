// The auth hook resolves a bearer key; webhook deliveries act as the key that subscribed, while it still acts.
export { apiKeyPrincipal, findApiKey, keyProblem, type KeyRow } from './resolve.js';
