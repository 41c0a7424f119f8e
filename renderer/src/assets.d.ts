// Vite bundles these imports; TypeScript only needs to know they exist.
declare module '*.css';
declare module '*.woff2' {
  const url: string;
  export default url;
}
