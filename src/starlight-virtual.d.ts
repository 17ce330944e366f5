// Types for the two Starlight virtual modules the Search override imports (Starlight declares
// them only for its own sources). Shapes as @astrojs/starlight 0.42 provides them.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: 'file' | 'directory' | 'preserve' } };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
