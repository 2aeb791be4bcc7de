/** A style sheet imported as its text (Vite's `?inline`): what a widget module's `styles` hold. */
declare module "*.css?inline" {
  const css: string;
  export default css;
}
