/** Where the CLI writes: data to stdout, diagnostics to stderr. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
