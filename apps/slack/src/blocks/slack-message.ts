import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

/** A reply as the ack body or a `respond()` payload. */
export interface SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  /** Fallback for notifications and clients that cannot show blocks. */
  text: string;
  blocks: Block[];
}
