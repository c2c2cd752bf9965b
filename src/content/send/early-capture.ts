/**
 * Installed by the bootstrap at document_start: capture-phase listeners that see a Send before
 * the page does. Loads the guard on demand through `loadGuard`.
 */
import type { GuardApi } from '../contracts';

export function installSendCapture(_loadGuard: () => Promise<GuardApi>, _signal: AbortSignal): void {}
