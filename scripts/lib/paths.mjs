// @ts-check
// Where the content lives. FRG_CONTENT_DIR points the scripts at another
// folder, as the tests do with scratch content.
export const CONTENT_DIR = process.env.FRG_CONTENT_DIR ?? 'content';
