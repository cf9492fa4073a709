/**
 * Holds the emulator state and, when given a file, persists it after every
 * write. Writes are atomic (temp file + rename) so a crash mid-write never
 * leaves a truncated state file behind.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createSeedState } from './seed.js';
import type { EmulatorState } from './state.js';
import { parseState } from './stateShape.js';

export class Store {
  private current: EmulatorState;

  /** Loads `statePath` when it exists, else starts from `initial` (default: the seed). */
  constructor(
    private readonly statePath?: string,
    initial: () => EmulatorState = createSeedState,
  ) {
    this.current = statePath && existsSync(statePath) ? loadFile(statePath) : initial();
    this.save();
  }

  get state(): EmulatorState {
    return this.current;
  }

  replace(state: EmulatorState): void {
    this.current = state;
    this.save();
  }

  /** Persists the current state; call after every successful write. */
  save(): void {
    if (!this.statePath) return;
    const temp = `${this.statePath}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.current, null, 2));
    renameSync(temp, this.statePath);
  }
}

function loadFile(path: string): EmulatorState {
  try {
    return parseState(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    // Fail fast at start-up rather than silently starting from the seed and overwriting the file.
    throw new Error(
      `WIX_EMULATOR_STATE file ${path} is not a valid emulator state: ${String(error)}`,
    );
  }
}
