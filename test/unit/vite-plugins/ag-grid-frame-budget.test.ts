import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AG_GRID_FRAME_TEXT, agGridFrameBudget, withFrameBudget } from '../../../vite-plugins/ag-grid-frame-budget';

// The module the renderer's build bundles (ag-grid-community's "import" entry).
const AG_GRID_ESM = join(process.cwd(), 'node_modules/ag-grid-community/dist/package/main.esm.mjs');

type Transform = (code: string, id: string) => { code: string } | null;

describe('ag-grid frame budget', () => {
  it('finds the 60 ms frame in the installed ag-grid-community and sets it, keeping the length', () => {
    const code = readFileSync(AG_GRID_ESM, 'utf8');
    const patched = withFrameBudget(code, 8);
    expect(patched).not.toContain(AG_GRID_FRAME_TEXT);
    expect(patched).toContain('executeFrame.bind(this,  8)');
    expect(patched.length).toBe(code.length);
    expect(patched.replace('executeFrame.bind(this,  8)', AG_GRID_FRAME_TEXT)).toBe(code);
  });

  it('fails loudly when the text is missing or appears twice, or the budget is out of range', () => {
    expect(() => withFrameBudget('class AnimationFrameService {}', 8)).toThrow(/no longer holds/);
    expect(() => withFrameBudget(`${AG_GRID_FRAME_TEXT};${AG_GRID_FRAME_TEXT}`, 8)).toThrow(/exactly once/);
    expect(() => withFrameBudget(AG_GRID_FRAME_TEXT, 0)).toThrow(/1 to 99/);
    expect(() => withFrameBudget(AG_GRID_FRAME_TEXT, 100)).toThrow(/1 to 99/);
    expect(withFrameBudget(AG_GRID_FRAME_TEXT, 16)).toBe('executeFrame.bind(this, 16)');
  });

  it('rewrites only ag-grid-community modules that hold the service, and only in builds', () => {
    const plugin = agGridFrameBudget(8);
    expect(plugin.apply).toBe('build');
    const transform = plugin.transform as Transform;
    const service = `var AnimationFrameService = class { requestFrame() { ${AG_GRID_FRAME_TEXT}; } };`;
    expect(transform(service, '/app/node_modules/ag-grid-community/dist/package/main.esm.mjs')?.code).toContain(
      'executeFrame.bind(this,  8)',
    );
    expect(transform(service, '/app/src/renderer/grid.ts')).toBeNull();
    expect(transform('export const x = 1;', '/app/node_modules/ag-grid-community/dist/package/other.mjs')).toBeNull();
  });
});
