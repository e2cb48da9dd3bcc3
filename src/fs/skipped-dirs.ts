// Folders never searched for notes: dependencies, version control, rendered and built output.
export const SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', 'out', 'dist'];
