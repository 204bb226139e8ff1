import type { SourceLocation } from './types.js';

/** One thing wrong with a policy file, at the node it concerns. */
export interface PolicyProblem {
  readonly message: string;
  readonly location: SourceLocation;
}

/** The user's mistake, not our bug: reported plainly (exit 2), never with a stack trace. */
export class ConfigurationError extends Error {
  readonly problems: readonly PolicyProblem[];

  constructor(message: string, problems: readonly PolicyProblem[] = []) {
    super(message);
    this.name = 'ConfigurationError';
    this.problems = problems;
  }
}
