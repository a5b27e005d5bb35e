import { expect } from 'vitest';
import { blockKitLimits } from '../../src/index.js';

interface LooseBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text: string }[];
}

/** Checks a reply the way Slack would: shape, limits, and no unescaped `<`/`>`/`&` outside links. */
export function expectValidBlockKit(
  message: unknown,
): asserts message is { text: string; blocks: LooseBlock[]; response_type: string } {
  const reply = message as { text?: unknown; blocks?: unknown; response_type?: unknown };
  expect(typeof reply.text).toBe('string');
  expect((reply.text as string).length).toBeGreaterThan(0);
  expect((reply.text as string).length).toBeLessThanOrEqual(blockKitLimits.fallbackText);
  expect(['ephemeral', 'in_channel']).toContain(reply.response_type);
  expect(Array.isArray(reply.blocks)).toBe(true);
  const blocks = reply.blocks as LooseBlock[];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(blockKitLimits.blocksPerMessage);
  for (const block of blocks) {
    expect(['header', 'section', 'context', 'divider']).toContain(block.type);
    if (block.type === 'header') {
      expect(block.text?.type).toBe('plain_text');
      expect(block.text?.text.length).toBeLessThanOrEqual(blockKitLimits.headerText);
    }
    if (block.type === 'section') {
      expect(block.text?.type).toBe('mrkdwn');
      expect(block.text?.text.length).toBeGreaterThan(0);
      expect(block.text?.text.length).toBeLessThanOrEqual(blockKitLimits.sectionText);
      expectEscaped(block.text?.text ?? '');
    }
    if (block.type === 'context') {
      expect(block.elements?.length).toBeGreaterThan(0);
      expect(block.elements?.length).toBeLessThanOrEqual(blockKitLimits.contextElements);
      for (const element of block.elements ?? []) {
        expect(element.text.length).toBeLessThanOrEqual(blockKitLimits.sectionText);
        expectEscaped(element.text);
      }
    }
  }
  expectEscaped(reply.text as string);
}

/** Outside `<url|label>` links, no raw `<` or `>`, and every `&` starts an entity. */
export function expectEscaped(text: string): void {
  const withoutLinks = text.replace(/<https?:\/\/[^<>|\s]+\|[^<>]*>/g, '');
  expect(withoutLinks).not.toMatch(/[<>]/);
  expect(withoutLinks).not.toMatch(/&(?!amp;|lt;|gt;)/);
}
