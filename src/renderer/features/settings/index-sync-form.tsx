import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { DEFAULT_INDEX_SYNC_SHARE, indexSyncShareSchema } from '../../../shared/model/settings';
import { toApiError } from '../../api';
import { useSession } from '../../stores/session';
import { useUi } from '../../stores/ui';

/** The typed percentage as a share, or the reason it is refused (the same schema main checks). */
function parse(text: string): { share: number } | { error: string } {
  const percent = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(percent)) return { error: 'A percentage from 10 to 100' };
  const parsed = indexSyncShareSchema.safeParse(percent / 100);
  return parsed.success ? { share: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'Not allowed' };
}

/**
 * How much of the account's ListUsers quota a local index sync may take. The rest stays for the customer's own
 * applications and the console's other work. A sync reads the share when it starts (or continues).
 */
export function IndexSyncForm() {
  const saved = useSession((s) => s.settings?.indexSyncShare) ?? DEFAULT_INDEX_SYNC_SHARE;
  const save = useSession((s) => s.setIndexSyncShare);
  const toast = useUi((s) => s.toast);
  const toastError = useUi((s) => s.toastError);
  const [draft, setDraft] = useState<string>();
  const [busy, setBusy] = useState(false);
  const text = draft ?? String(Math.round(saved * 100));
  const parsed = parse(text);

  const submit = async (): Promise<void> => {
    if (!('share' in parsed)) return;
    setBusy(true);
    try {
      await save(parsed.share);
      setDraft(undefined);
      toast({ type: 'success', header: `Index syncs use at most ${Math.round(parsed.share * 100)}% of UserList` });
    } catch (error) {
      toastError(toApiError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A sync reads the whole pool with ListUsers. Its share of the UserList quota leaves the rest to your applications."
        >
          Local user index
        </Header>
      }
    >
      <SpaceBetween direction="horizontal" size="s" alignItems="end">
        <FormField
          label="Share of the UserList rate for syncs (%)"
          description="10 to 100; the default is 50."
          errorText={'error' in parsed ? parsed.error : undefined}
        >
          <Input
            type="number"
            inputMode="numeric"
            value={text}
            onChange={(e) => setDraft(e.detail.value)}
            ariaLabel="Index sync share of UserList (%)"
          />
        </FormField>
        <Button onClick={() => void submit()} loading={busy} disabled={!('share' in parsed) || draft === undefined}>
          Save share
        </Button>
      </SpaceBetween>
    </Container>
  );
}
