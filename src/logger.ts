/** How the engine talks to a person: the action prints through @actions/core, the CLI to stderr. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const consoleLogger = (verbose: boolean): Logger => ({
  info: (message) => process.stderr.write(`${message}\n`),
  warning: (message) => process.stderr.write(`warning: ${message}\n`),
  debug: (message) => {
    if (verbose) process.stderr.write(`debug: ${message}\n`);
  },
});

export const silentLogger: Logger = { info: () => {}, warning: () => {}, debug: () => {} };
