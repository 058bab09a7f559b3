/** A reason the server cannot start that a person can act on: main prints its message alone, without a stack. */
export class StartupError extends Error {}
