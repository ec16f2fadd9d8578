import type { Page } from '@playwright/test';

/** The web host's window.api, for arranging a scene through the app's own contract; throws on a refusal. */
export async function invoke<T>(page: Page, channel: string, request: object): Promise<T> {
  const envelope = await page.evaluate(
    ([c, r]) =>
      (
        window as unknown as { api: { invoke: (c: string, r: unknown) => Promise<{ ok: boolean; value?: unknown }> } }
      ).api.invoke(c, r),
    [channel, request] as const,
  );
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope)}`);
  return envelope.value as T;
}
