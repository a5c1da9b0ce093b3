// Checks an error answer: its status, the contract's JSON shape, its code and a message an aidant can read.
import { expect } from 'vitest';
import { errorBodySchema } from '../../src/shared/schema/errors';
import type { Answer } from '../fixtures/server-api';

const FRENCH = /[éèêàâçùôî’]|\b(le|la|les|de|des|du|est|un|une|pour|votre|vous|cette|ce)\b/i;

/** Asserts `answer` is `{"error":{"code","message"}}` with `status`, `code` and a French message. */
export function expectFrenchError(answer: Answer, status: number, code: string): string {
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status, body: { error: { code } } });
  return expectErrorShape(answer);
}

/** Asserts `answer` is a JSON `{"error":{"code","message"}}` with a French message, whatever its 4xx/5xx status; returns the message. */
export function expectErrorShape(answer: Answer): string {
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const { code, message } = errorBodySchema.parse(answer.body).error;
  expect(message, `message for ${code} should be French`).toMatch(FRENCH);
  expect(message).not.toMatch(/\b(error|invalid|undefined|null|exception)\b/i);
  return message;
}
