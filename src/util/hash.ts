// Content hashes for the caches (render outputs, check results, selection).
import { createHash } from 'node:crypto';

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
