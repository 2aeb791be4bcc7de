/**
 * The id of the `<script type="application/json">` in which the platform puts a public app
 * into its viewer page's HTML (staticWeb), for the viewer to read back (fetchViewerApp).
 */
export const EMBEDDED_APP_ID = "tessera-viewer-app";
