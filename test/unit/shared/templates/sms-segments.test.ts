import { describe, expect, it } from 'vitest';
import { countSms } from '../../../../src/shared/templates/sms-segments';
import { sesVariables } from '../../../../src/shared/templates/lint-placeholders';

describe('countSms', () => {
  it('counts nothing for an empty message', () => {
    expect(countSms('')).toMatchObject({ segments: 0, units: 0, remaining: 160 });
  });

  it('fits 160 GSM-7 characters in one segment and splits 161 into two of 153', () => {
    expect(countSms('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, remaining: 0 });
    expect(countSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, remaining: 145 });
    expect(countSms('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts extension characters such as braces as two septets', () => {
    expect(countSms('{####}')).toMatchObject({ encoding: 'GSM-7', units: 8 });
    expect(countSms('€')).toMatchObject({ units: 2 });
  });

  it('switches to UCS-2 for characters outside GSM: 70 then 67', () => {
    expect(countSms('ł'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, remaining: 0 });
    expect(countSms('ł'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 });
    expect(countSms('Code 😀')).toMatchObject({ encoding: 'UCS-2', units: 7 });
  });
});

describe('sesVariables', () => {
  it('lists each variable once, without helpers', () => {
    expect(sesVariables('{{name}} {{#if vip}}{{name}}{{/if}} {{else}} {{{sig}}}')).toEqual(['name', 'sig']);
  });
});
