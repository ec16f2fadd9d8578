// @vitest-environment jsdom
import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { parseBody, serializeBody } from '../../../../src/renderer/features/templates/body-editor/convert';
import { bodyExtensions } from '../../../../src/renderer/features/templates/body-editor/extensions';
import { visualFidelity } from '../../../../src/renderer/features/templates/body-editor/fidelity';

const schema = getSchema(bodyExtensions());
const roundTrip = (body: string): string => serializeBody(schema, parseBody(schema, body));

describe('visual editor round trip', () => {
  it('keeps placeholders as their exact text, chips in the editor', () => {
    const body = '<h2>Hi {username}</h2><p>Code <strong>{####}</strong>, {##Click here##}, {{name}}.</p>';
    const doc = parseBody(schema, body);
    const chips: string[] = [];
    doc.descendants((n) => {
      if (n.type.name === 'placeholderChip') chips.push(String(n.attrs.text));
    });
    expect(chips).toEqual(['{username}', '{####}', '{##Click here##}', '{{name}}']);
    expect(roundTrip(body)).toBe(body);
    expect(visualFidelity(schema, body)).toEqual({ ok: true });
  });

  it('writes the same HTML for what the schema holds: lists, links, images, breaks', () => {
    const body =
      '<h1>T</h1><ul><li><p>a</p></li></ul><ol><li><p>b</p></li></ol>' +
      '<p><a href="https://example.com/x">x</a> <a href="mailto:a@example.com">m</a><br><img src="https://example.com/i.png"> <em>e</em></p>';
    expect(roundTrip(body)).toBe(body);
    expect(visualFidelity(schema, body)).toEqual({ ok: true });
  });

  it('never renders an image with its address in the live document (the CSP would block, or it would fetch)', () => {
    const doc = parseBody(schema, '<p><img src="https://tracker.example/p.gif" alt="x"></p>');
    const live = DOMSerializer.fromSchema(schema).serializeFragment(doc.content);
    const img = live.querySelector('img');
    expect(img?.getAttribute('src')).toBeNull();
    expect(img?.getAttribute('data-email-src')).toBe('https://tracker.example/p.gif');
    expect(serializeBody(schema, doc)).toBe('<p><img src="https://tracker.example/p.gif" alt="x"></p>');
  });

  it('holds plain text and loose inline markup as paragraphs without calling it a loss', () => {
    expect(roundTrip('Your code is {####}\nThanks')).toBe('<p>Your code is {####}</p><p>Thanks</p>');
    expect(visualFidelity(schema, 'Hello <b>{username}</b>, code {####}')).toEqual({ ok: true });
    expect(visualFidelity(schema, '<ul><li>one {####}</li><li>two</li></ul>')).toEqual({ ok: true });
    // Spaces at a block's edge are not shown; the editor drops them.
    expect(visualFidelity(schema, '<p>Code {####}. Sign in as </p>')).toEqual({ ok: true });
    expect(roundTrip('Hello <b>{username}</b>, code {####}')).toBe(
      '<p>Hello <strong>{username}</strong>, code {####}</p>',
    );
  });

  it('refuses links other than https and mailto', () => {
    expect(roundTrip('<p><a href="javascript:alert(1)">x</a> <a href="http://a.example">y</a></p>')).toBe('<p>x y</p>');
  });

  it.each([
    ['<table><tr><td>{####}</td></tr></table>', /<table>/],
    ['<p style="color:red">{####}</p>', /inline styles/],
    ['<img src="https://a.example/i.png" onerror="x()">', /event handlers/],
    ['<p class="x">{####}</p>', /class= on <p>/],
    ['<div>{####}</div>', /<div>/],
    ['<style>p{color:red}</style><p>{####}</p>', /<style>/],
    ['<!-- note --><p>{####}</p>', /HTML comments/],
    ['<!doctype html><html><body><p>{####}</p></body></html>', /whole HTML document/],
    ['<p><a href="http://a.example">x</a></p>', /href= on <a>|<a>/],
  ])('keeps %s in the source tab and says why', (body, reason) => {
    const result = visualFidelity(schema, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
