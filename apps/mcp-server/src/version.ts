/** The package version, shown by `--version` and sent as the server's `serverInfo`. A test keeps it equal to package.json's. */
export const version = '0.1.0';
