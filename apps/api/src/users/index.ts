// What other features use of users: the row type, its public view, and the writes that bypass the API.
export { insertUser, revokeUserSessions, toUserResponse, type UserRow } from './queries.js';
