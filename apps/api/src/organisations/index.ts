// The import checks a sheet against the same rules the API enforces.
export { organisationsResource, parentLoop } from './resource.js';
