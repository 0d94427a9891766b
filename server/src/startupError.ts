// A setting or a situation that stops the server from starting: main prints its one-line message.
export class StartupError extends Error {}
