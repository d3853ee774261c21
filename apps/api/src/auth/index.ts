// Scheduled runs act as their owner, as a sign-in would.
export { userPrincipal } from './sessions.js';
