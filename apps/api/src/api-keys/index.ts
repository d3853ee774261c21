// The auth hook resolves a bearer key; webhook deliveries act as the key that subscribed, while it still acts.
export { apiKeyPrincipal, findApiKey, keyProblem } from './resolve.js';
