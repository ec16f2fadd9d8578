import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import ToggleButton from '@cloudscape-design/components/toggle-button';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isAllowedHref } from './extensions';

interface Props {
  editor: Editor;
  placeholders: readonly string[];
  /** Offer the `{##Click here##}` verification link (Cognito link verification). */
  verificationLink: boolean;
  disabled: boolean;
}

type Asking = { what: 'link' | 'image'; url: string } | undefined;

/** The visual editor's toolbar: text styles, lists, a link or image by address, and placeholder chips. */
export function Toolbar({ editor, placeholders, verificationLink, disabled }: Props) {
  const [asking, setAsking] = useState<Asking>(undefined);
  const chain = () => editor.chain().focus();
  const toggle = (label: string, active: boolean, run: () => void) => (
    <ToggleButton key={label} pressed={active} disabled={disabled} onChange={run}>
      {label}
    </ToggleButton>
  );
  const insertChip = (text: string) => chain().insertContent({ type: 'placeholderChip', attrs: { text } }).run();
  const urlError =
    asking && asking.url !== ''
      ? asking.what === 'link' && !isAllowedHref(asking.url)
        ? 'Links must start with https:// or mailto:.'
        : asking.what === 'image' && !/^https:\/\/\S+$/i.test(asking.url)
          ? 'Images must have an https:// address.'
          : undefined
      : undefined;
  const apply = () => {
    if (!asking || urlError || asking.url === '') return;
    const href = asking.url;
    // With nothing selected the address itself becomes the link's text.
    if (asking.what === 'link' && editor.state.selection.empty) {
      chain()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else if (asking.what === 'link') chain().extendMarkRange('link').setLink({ href }).run();
    else chain().setImage({ src: href }).run();
    setAsking(undefined);
  };
  return (
    <SpaceBetween size="xs">
      <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
        {([2, 3] as const).map((level) =>
          toggle(`H${level}`, editor.isActive('heading', { level }), () => chain().toggleHeading({ level }).run()),
        )}
        {toggle('Bold', editor.isActive('bold'), () => chain().toggleBold().run())}
        {toggle('Italic', editor.isActive('italic'), () => chain().toggleItalic().run())}
        {toggle('Bulleted list', editor.isActive('bulletList'), () => chain().toggleBulletList().run())}
        {toggle('Numbered list', editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
        {toggle('Link', editor.isActive('link'), () =>
          editor.isActive('link')
            ? chain().extendMarkRange('link').unsetLink().run()
            : setAsking({ what: 'link', url: 'https://' }),
        )}
        <Button disabled={disabled} onClick={() => setAsking({ what: 'image', url: 'https://' })}>
          Image
        </Button>
        {verificationLink ? (
          <Button disabled={disabled} onClick={() => insertChip('{##Click here##}')}>
            Verification link
          </Button>
        ) : null}
        {placeholders.map((p) => (
          <Button
            key={p}
            disabled={disabled}
            iconName="add-plus"
            ariaLabel={`Insert placeholder ${p}`}
            onClick={() => insertChip(p)}
          >
            {p}
          </Button>
        ))}
      </SpaceBetween>
      {asking ? (
        <FormField
          label={asking.what === 'link' ? 'Link address' : 'Image address'}
          errorText={urlError}
          secondaryControl={
            <SpaceBetween direction="horizontal" size="xs">
              <Button onClick={apply} disabled={Boolean(urlError)}>
                {asking.what === 'link' ? 'Set link' : 'Insert image'}
              </Button>
              <Button variant="link" onClick={() => setAsking(undefined)}>
                Cancel
              </Button>
            </SpaceBetween>
          }
        >
          <Input
            value={asking.url}
            autoFocus
            type="url"
            onChange={(e) => setAsking({ ...asking, url: e.detail.value })}
            onKeyDown={(e) => {
              if (e.detail.key === 'Enter') apply();
            }}
          />
        </FormField>
      ) : null}
    </SpaceBetween>
  );
}
