/** Filling a message with sample values for the preview; plain string work, so both sides and tests can use it. */
/** Sample values for the preview: what a recipient would see in place of each placeholder. */
export interface Sample {
  code: string;
  username: string;
}

export const newSample = (): Sample => ({
  code: String(Math.floor(100000 + Math.random() * 900000)),
  username: 'jane.doe',
});

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export const looksLikeHtml = (text: string): boolean => /<[a-z!/][^>]*>/i.test(text);

/** The body with placeholders filled in; plain text is escaped and keeps its line breaks. */
export function fillSample(body: string, sample: Sample, html: boolean): string {
  const source = html ? body : `<div class="plain-text">${escape(body)}</div>`;
  return source
    .split('{####}')
    .join(sample.code)
    .split('{username}')
    .join(escape(sample.username))
    .replace(/\{##([^#{}]*)##\}/g, (_m, label: string) => `<a href="#verify">${label}</a>`);
}
