import { expect, it } from 'vitest';
import * as publicApi from '../src/index.js';

it('exports exactly the documented public surface', () => {
  expect(Object.keys(publicApi).sort()).toMatchInlineSnapshot(`
    [
      "SettingsError",
      "SlackStartError",
      "blockKitLimits",
      "buildHelpReply",
      "buildLookupReply",
      "buildRefusalReply",
      "checkIssues",
      "checkOrigin",
      "createAppLogger",
      "createHttpReceiver",
      "createSlackApp",
      "describeError",
      "escapeMrkdwn",
      "findLinksToOtherJira",
      "isWithinReplayWindow",
      "loadSlackSettings",
      "maxIssuesPerCommand",
      "parseCommandText",
      "replayWindowSeconds",
      "slackSettingsVariables",
    ]
  `);
});
