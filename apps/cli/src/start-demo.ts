/** The built-in fake Jira DC the demo runs against, with the issues it holds. */
export interface DemoJira {
  baseUrl: string;
  pat: string;
  issues: string[];
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. Loaded lazily: normal runs never load the fake. */
export async function startDemo(): Promise<DemoJira> {
  const { demoIssues, startFakeJira } = await import('@sf-links/fake-jira');
  const fake = await startFakeJira({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl: fake.baseUrl,
    pat: fake.pat,
    issues: demoIssues.map((issue) => issue.key),
    close: () => fake.close(),
  };
}
