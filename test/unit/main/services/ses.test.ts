import { describe, expect, it } from 'vitest';
import { bindSnippet, dkimRecords } from '../../../../src/main/services/ses';

describe('Easy DKIM records', () => {
  it('builds one CNAME per token under _domainkey, pointing at dkim.amazonses.com', () => {
    const records = dkimRecords('example.com', ['abc123', 'def456', 'ghi789']);
    expect(records).toEqual([
      { name: 'abc123._domainkey.example.com', type: 'CNAME', value: 'abc123.dkim.amazonses.com' },
      { name: 'def456._domainkey.example.com', type: 'CNAME', value: 'def456.dkim.amazonses.com' },
      { name: 'ghi789._domainkey.example.com', type: 'CNAME', value: 'ghi789.dkim.amazonses.com' },
    ]);
  });

  it('writes them as fully qualified BIND zone lines', () => {
    expect(bindSnippet(dkimRecords('example.com', ['abc123']))).toBe(
      'abc123._domainkey.example.com. 1800 IN CNAME abc123.dkim.amazonses.com.',
    );
  });
});
