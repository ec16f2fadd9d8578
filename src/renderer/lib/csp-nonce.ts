/** The per-load nonce main put in index.html; ag-grid stamps it on the <style> it injects, as the CSP requires. */
export function cspNonce(): string | undefined {
  const value = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return value && value !== '__CSP_NONCE__' ? value : undefined;
}
