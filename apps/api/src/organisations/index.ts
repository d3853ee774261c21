// The import checks a sheet against the same rules the API enforces.
export { isOwnAncestor, levelMismatch, organisationsResource, ownMemberAsParent } from './resource.js';
