import type { SesTemplate } from '../model/ses-templates';
import { sesTemplateSchema } from '../model/ses-templates';

/** One file of an exported template: what a browser download or a file upload carries. */
export interface TemplateFile {
  name: string;
  type: string;
  content: string;
}

/**
 * A template as files a team can keep in git: `<name>.html` and `<name>.txt` as written, and `<name>.json` in the
 * shape of `aws sesv2 create-email-template --cli-input-json` minus the two bodies (they live in their own files,
 * where diffs read well). Empty parts get no file.
 */
export function sesTemplateFiles(t: SesTemplate): TemplateFile[] {
  const json = { TemplateName: t.name, TemplateContent: { Subject: t.subject } };
  return [
    { name: `${t.name}.json`, type: 'application/json', content: `${JSON.stringify(json, null, 2)}\n` },
    ...(t.html ? [{ name: `${t.name}.html`, type: 'text/html', content: t.html }] : []),
    ...(t.text ? [{ name: `${t.name}.txt`, type: 'text/plain', content: t.text }] : []),
  ];
}

export type ImportResult = { ok: true; template: SesTemplate } | { ok: false; errors: string[] };

const extension = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const baseName = (name: string): string => name.replace(/\.[^.]+$/, '');

/**
 * Reads files back into a template. The .json gives the name and subject (and may carry Html/Text itself, as
 * `aws sesv2 get-email-template` prints them); a .html or .txt file replaces that part. Without a .json the name
 * comes from the file names and the subject from `fallback`. The result is checked like any template before saving.
 */
export function importSesTemplate(files: readonly TemplateFile[], fallback: Partial<SesTemplate> = {}): ImportResult {
  const errors: string[] = [];
  const draft = { name: fallback.name ?? '', subject: fallback.subject ?? '', html: '', text: '' };
  for (const file of files) {
    const ext = extension(file.name);
    if (ext === 'json') {
      try {
        const parsed = JSON.parse(file.content) as {
          TemplateName?: unknown;
          TemplateContent?: { Subject?: unknown; Html?: unknown; Text?: unknown };
        };
        if (typeof parsed.TemplateName === 'string') draft.name = parsed.TemplateName;
        const c = parsed.TemplateContent ?? {};
        if (typeof c.Subject === 'string') draft.subject = c.Subject;
        if (typeof c.Html === 'string' && !draft.html) draft.html = c.Html;
        if (typeof c.Text === 'string' && !draft.text) draft.text = c.Text;
      } catch (error) {
        errors.push(`${file.name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else if (ext === 'html' || ext === 'htm') {
      draft.html = file.content;
      draft.name ||= baseName(file.name);
    } else if (ext === 'txt') {
      draft.text = file.content;
      draft.name ||= baseName(file.name);
    } else {
      errors.push(`${file.name}: expected a .json, .html or .txt file.`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const checked = sesTemplateSchema.safeParse(draft);
  if (!checked.success) {
    return { ok: false, errors: checked.error.issues.map((i) => `${i.path.join('.') || 'template'}: ${i.message}`) };
  }
  return { ok: true, template: checked.data };
}
