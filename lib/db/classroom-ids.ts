// Id and code lengths for classroom records, drawn with randomId (lib/db/ids.ts).

/** Users, sessions, classes, assignments, submissions, jobs: 62^12 ≈ 2^71, not enumerable. */
export const RECORD_ID_CHARS = 12;
/** Join codes are typed by students, so they avoid look-alike characters (see joinCode()). */
export const JOIN_CODE_CHARS = 8;
