export { registerDictionaryRoutes } from './routes.js';
