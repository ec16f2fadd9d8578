import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron glue (index.ts, security.ts, ipc/electron.ts, app-protocol.ts) against a fake `electron` module:
 * the binary cannot run everywhere, but the wiring (what is registered when, what is refused) can be checked in Node.
 */

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  return { calls };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    ready: undefined as undefined | (() => void),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (app.ready = resolve))),
    getPath: vi.fn(() => '/tmp/cc-user-data'),
    getVersion: vi.fn(() => '9.9.9'),
    quit: vi.fn(() => fake.calls.push('app.quit')),
    exit: vi.fn(),
  });
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = (): BrowserWindow[] => BrowserWindow.all;
    webContents = Object.assign(new Emitter(), {
      id: 7,
      isDestroyed: () => false,
      send: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    });
    loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: unknown) {
      super();
      BrowserWindow.all.push(this);
      fake.calls.push('new BrowserWindow');
    }
    isDestroyed = (): boolean => false;
    show = vi.fn();
  }
  const makeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  return {
    app,
    BrowserWindow,
    nativeTheme: Object.assign(new Emitter(), { shouldUseDarkColors: false }),
    session: { defaultSession: makeSession() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.calls.push(`protocol.handle:${scheme}`);
        protocolHandlers.set(scheme, handler);
      }),
      handlers: protocolHandlers,
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => handlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
      handlers,
    },
  };
});

type Emitting = { emit(event: string, payload: unknown): void };
const core = vi.hoisted(() => ({
  dispatch: vi.fn((channel: unknown, _payload: unknown, _ctx: Emitting) =>
    Promise.resolve({ ok: true, value: channel }),
  ),
  dispose: vi.fn(() => Promise.resolve()),
  indexes: { warm: vi.fn() },
}));
vi.mock('../../../src/main/core', () => ({ createCore: vi.fn(() => core) }));

type Fake = {
  app: EventEmitter & { ready?: () => void; quit: ReturnType<typeof vi.fn> };
  BrowserWindow: {
    all: Array<{
      options: { webPreferences: Record<string, unknown> };
      webContents: EventEmitter & { send: ReturnType<typeof vi.fn> };
    }>;
  };
  shell: { openExternal: ReturnType<typeof vi.fn> };
  session: { defaultSession: Record<string, ReturnType<typeof vi.fn>> };
  protocol: {
    handlers: Map<string, (request: Request) => Promise<Response>>;
    registerSchemesAsPrivileged: ReturnType<typeof vi.fn>;
  };
  ipcMain: { handlers: Map<string, (...args: unknown[]) => Promise<unknown>> };
};
const electron = (await import('electron')) as unknown as Fake;

function invokeEvent(url: string, options: { parent?: unknown; sender?: unknown; frame?: null } = {}) {
  const [window] = electron.BrowserWindow.all;
  const sender = options.sender ?? window?.webContents;
  const senderFrame = options.frame === null ? null : { url, parent: options.parent ?? null };
  return { sender, senderFrame };
}

describe('index.ts lifecycle', () => {
  beforeEach(() => vi.clearAllMocks());

  it('registers the scheme before ready, then serves, binds IPC and opens one hardened window', async () => {
    await import('../../../src/main/index');
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged']);
    electron.app.ready?.();
    await vi.waitFor(() => expect(fake.calls).toContain('new BrowserWindow'));
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'protocol.handle:app', 'new BrowserWindow']);
    expect(electron.session.defaultSession['setPermissionRequestHandler']).toHaveBeenCalled();
    // The index worker starts at launch, so the first Users tab does not wait for a thread.
    expect(core.indexes.warm).toHaveBeenCalledOnce();

    const prefs = electron.BrowserWindow.all[0]?.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('serves index.html over app:// with a nonce and the CSP header', async () => {
    const handler = electron.protocol.handlers.get('app');
    const res = await handler!(new Request('app://cognito-console/index.html'));
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(await res.text()).toContain(`content="${nonce}"`);
    expect((await handler!(new Request('app://cognito-console/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('answers IPC from the app window and refuses every other sender with FORBIDDEN', async () => {
    const handle = electron.ipcMain.handlers.get('cc:invoke')!;
    await expect(handle(invokeEvent('app://cognito-console/index.html'), 'app:info', {})).resolves.toEqual({
      ok: true,
      value: 'app:info',
    });
    for (const event of [
      invokeEvent('https://evil.example/'),
      invokeEvent('file:///tmp/index.html'),
      invokeEvent('app://cognito-console/index.html', { parent: {} }),
      invokeEvent('app://cognito-console/index.html', { sender: { id: 99 } }),
      invokeEvent('app://cognito-console/index.html', { frame: null }),
    ]) {
      await expect(handle(event, 'app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(core.dispatch).toHaveBeenCalledTimes(1);
  });

  it('sends events back to the calling window only', async () => {
    core.dispatch.mockImplementationOnce((_c, _p, ctx) => {
      ctx.emit('sandbox:progress', { stage: 'start', message: 'x' });
      return Promise.resolve({ ok: true, value: null });
    });
    const handle = electron.ipcMain.handlers.get('cc:invoke')!;
    await handle(invokeEvent('app://cognito-console/index.html'), 'sandbox:status', {});
    const contents = electron.BrowserWindow.all[0]!.webContents;
    expect(contents.send).toHaveBeenCalledWith('cc:event', 'sandbox:progress', { stage: 'start', message: 'x' });
  });

  it('stops the core (and its sandbox emulator) before quitting', async () => {
    const prevent = vi.fn();
    electron.app.emit('will-quit', { preventDefault: prevent });
    electron.app.emit('will-quit', { preventDefault: prevent });
    expect(prevent).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(core.dispose).toHaveBeenCalledTimes(1);
    const after = vi.fn();
    electron.app.emit('will-quit', { preventDefault: after });
    expect(after).not.toHaveBeenCalled();
  });
});

describe('security.ts on every webContents', () => {
  it('denies navigation away from the app and opens only allow-listed links outside', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);

    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://cognito-console/index.html')).toBe(false);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('https://docs.aws.amazon.com/cognito/')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.aws.amazon.com/cognito/');

    const subFrame = { url: 'https://evil.example/', isMainFrame: false, preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', subFrame);
    expect(subFrame.preventDefault).toHaveBeenCalled();
    const mainFrame = { url: 'https://docs.aws.amazon.com/x', isMainFrame: true, preventDefault: vi.fn() };
    electron.shell.openExternal.mockClear();
    contents.emit('will-frame-navigate', mainFrame);
    // The main frame is will-navigate's: handling it here too would open the same link twice.
    expect(electron.shell.openExternal).not.toHaveBeenCalled();

    const redirect = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();

    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => { action: string };
    electron.shell.openExternal.mockClear();
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(openHandler({ url: 'https://eu-west-1.console.aws.amazon.com/cognito/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies permissions on every new session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    electron.app.emit('session-created', session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...a: unknown[]) => void;
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://cognito-console/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...a: unknown[]) => boolean;
    expect(check({}, 'notifications', 'app://cognito-console', {})).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://cognito-console', {})).toBe(true);
  });
});
