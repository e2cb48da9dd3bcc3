// The package version, from package.json.
import { PACKAGE_MANIFEST } from './package-root.js';

export const VERSION: string = PACKAGE_MANIFEST.version;
