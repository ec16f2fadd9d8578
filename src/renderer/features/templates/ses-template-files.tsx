import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import FileUpload from '@cloudscape-design/components/file-upload';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { SesTemplate } from '../../../shared/model/ses-templates';
import type { TemplateFile } from '../../../shared/templates/ses-files';
import { importSesTemplate, sesTemplateFiles } from '../../../shared/templates/ses-files';
import { ModalFooter } from '../../components/modal-footer';

/**
 * Saves the files through the browser's download, in Electron and in the web host alike (one code path): the
 * renderer has the text already, so nothing needs to cross IPC.
 */
export function downloadFiles(files: readonly TemplateFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.content], { type: `${file.type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

interface ImportProps {
  current: SesTemplate;
  onCancel: () => void;
  onImport: (template: SesTemplate) => void;
}

/** Reads .json/.html/.txt files (chosen in the browser) into the current template's draft; saving stays a step. */
export function SesImportModal({ current, onCancel, onImport }: ImportProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const apply = async () => {
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, type: f.type, content: await f.text() })));
    const result = importSesTemplate(read, { name: current.name, subject: current.subject });
    if (!result.ok) return setErrors(result.errors);
    // The name stays: files exported from another template are imported as this one's content.
    onImport({ ...result.template, name: current.name });
  };
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={`Import into ${current.name}`}
      footer={
        <ModalFooter onCancel={onCancel} disabled={files.length === 0} onConfirm={() => void apply()}>
          Import
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Choose the .json (name and subject), .html and .txt files of an exported template. They replace the
          editor&apos;s content; nothing is saved until you save.
        </Box>
        <FileUpload
          multiple
          value={files}
          onChange={(e) => {
            setFiles(e.detail.value);
            setErrors([]);
          }}
          accept=".json,.html,.htm,.txt"
          i18nStrings={{
            uploadButtonText: (multiple) => (multiple ? 'Choose files' : 'Choose file'),
            dropzoneText: (multiple) => (multiple ? 'Drop files to import' : 'Drop file to import'),
            removeFileAriaLabel: (i) => `Remove file ${i + 1}`,
            limitShowFewer: 'Show fewer files',
            limitShowMore: 'Show more files',
            errorIconAriaLabel: 'Error',
          }}
          constraintText=".json, .html, .txt"
        />
        {errors.length > 0 ? (
          <Alert type="error" header="These files cannot be imported">
            {errors.map((e) => (
              <div key={e}>{e}</div>
            ))}
          </Alert>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}

export const exportTemplate = (t: SesTemplate): void => downloadFiles(sesTemplateFiles(t));
