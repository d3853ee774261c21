// The import checks a sheet against the same rules the API enforces.
export { organisationsResource, parentLoops } from './resource.js';
