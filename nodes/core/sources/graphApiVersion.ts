/** Meta versions the Graph API; a call without a version uses the oldest one the app may call. */
export const GRAPH_API_VERSION = 'v25.0';
export const GRAPH_API_BASE_URL = `https://graph.facebook.com/${GRAPH_API_VERSION}`;
