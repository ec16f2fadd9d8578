// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emailDocument } from '../../../../src/renderer/features/templates/email-document';
import { sanitizeEmail } from '../../../../src/renderer/features/templates/sanitize-email';

const out = (html: string) => sanitizeEmail(html);

describe('sanitizeEmail (the preview document)', () => {
  it('keeps ordinary email markup as it is', () => {
    expect(out('<h2>Hi</h2><p>Code <b>123456</b>, <a href="https://example.com/x">link</a></p>')).toEqual({
      html: '<h2>Hi</h2><p>Code <b>123456</b>, <a href="https://example.com/x">link</a></p>',
      css: '',
    });
  });

  it('removes scripts, inline or remote', () => {
    expect(out('<p>a</p><script>alert(1)</script><script src="https://evil.example/x.js"></script>')).toEqual({
      html: '<p>a</p>',
      css: '',
    });
  });

  it('removes event handlers', () => {
    expect(out('<p onclick="alert(1)" onmouseover=steal()>a</p><body onload="x()"><b ONERROR = "y()">b</b>')).toEqual({
      html: '<p>a</p><b>b</b>',
      css: '',
    });
  });

  it('removes javascript: URLs', () => {
    expect(out('<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(2)">b</a>')).toEqual({
      html: '<a>a</a><a>b</a>',
      css: '',
    });
  });

  it('removes stylesheet links and neutralizes @import and url() in CSS', () => {
    const result = out(
      '<link rel="stylesheet" href="https://evil.example/a.css">' +
        '<style>@import url("https://evil.example/b.css"); p { color: red; background: url(https://evil.example/c.png) }</style>' +
        '<p style="color: blue; background-image: URL( \'https://evil.example/d.png\' )">x</p>',
    );
    expect(result).toEqual({
      html: '<p data-pv="0">x</p>',
      css:
        ' p { color: red; background: blocked(https://evil.example/c.png) }\n' +
        '[data-pv="0"]{color: blue; background-image: blocked( \'https://evil.example/d.png\' )}',
    });
  });

  it('keeps CSS from closing its <style> element', () => {
    expect(out('<p style="color: red</style><script>alert(1)</script>">x</p>').css).not.toContain('<');
  });

  it('turns remote images (tracking pixels) into labelled boxes that fetch nothing', () => {
    expect(
      out('<img src="https://tracker.example/p.gif" width="1" height="1"><img srcset="https://t.example/a.png 2x">'),
    ).toEqual({
      html:
        '<img width="1" height="1" alt="Image not loaded in the preview: https://tracker.example/p.gif" class="remote-image">' +
        '<img alt="Image not loaded in the preview: (no address)" class="remote-image">',
      css: '',
    });
    expect(
      out('<table background="https://tracker.example/bg.png"><tbody><tr><td>x</td></tr></tbody></table>'),
    ).toEqual({ html: '<table><tbody><tr><td>x</td></tr></tbody></table>', css: '' });
  });

  it('removes forms, frames and objects', () => {
    expect(
      out(
        '<form action="https://evil.example"><input name="p"><button>Go</button></form><iframe src="https://evil.example"></iframe><object data="x"></object><p>ok</p>',
      ),
      // The text of a removed element stays, as text: harmless, and the reader sees what was there.
    ).toEqual({ html: 'Go<p>ok</p>', css: '' });
  });

  it('wraps the result in a document whose own CSP fetches nothing and allows only its nonce', () => {
    const doc = emailDocument('<p style="color: red">x</p><img src="https://tracker.example/p.gif">', 'N0nce', false);
    expect(doc).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-N0nce'; img-src data:">`,
    );
    expect(doc).toContain('<style nonce="N0nce">');
    expect(doc).toContain('[data-pv="0"]{color: red}</style>');
    expect(doc).not.toMatch(/\ssrc=/);
    expect(doc).not.toMatch(/\sstyle=/);
  });
});
