import type { Plugin } from 'vite';

/**
 * ag-grid draws queued rows and cells in animation frames that run for up to 60 ms each (AnimationFrameService's
 * `requestFrame`: `executeFrame.bind(this, 60)`), and no grid option changes that figure. A fast scroll then queues
 * enough work that each frame, with the browser's style, layout and paint after it, is a task over 50 ms: the users
 * grid's frames measured 60 to 110 ms in users-index-large.spec. This build step sets the budget lower, so ag-grid
 * spreads the same work over more, shorter frames.
 *
 * It rewrites ag-grid-community's ES module as the renderer is bundled, keeping the text's length (the source map
 * stays exact), and fails the build if that text is gone: a new ag-grid version must be checked by hand then.
 */
export const AG_GRID_FRAME_TEXT = 'executeFrame.bind(this, 60)';

/** The module's code with the frame budget set to `millis` (1 to 99), or an error naming what was not found. */
export function withFrameBudget(code: string, millis: number): string {
  if (!Number.isInteger(millis) || millis < 1 || millis > 99) throw new Error(`frame budget ${millis}: use 1 to 99 ms`);
  const at = code.indexOf(AG_GRID_FRAME_TEXT);
  if (at < 0 || code.indexOf(AG_GRID_FRAME_TEXT, at + 1) >= 0)
    throw new Error(
      `ag-grid-community no longer holds "${AG_GRID_FRAME_TEXT}" exactly once: read its AnimationFrameService ` +
        'and update vite-plugins/ag-grid-frame-budget.ts for the new version',
    );
  const replacement = `executeFrame.bind(this, ${String(millis).padStart(2)})`;
  return code.slice(0, at) + replacement + code.slice(at + AG_GRID_FRAME_TEXT.length);
}

const AG_GRID_MODULE = /[\\/]ag-grid-community[\\/]dist[\\/].*\.m?js$/;

/** The Vite plugin for the renderer's build (the dev server pre-bundles dependencies unchanged). */
export function agGridFrameBudget(millis: number): Plugin {
  let patched = false;
  return {
    name: 'ag-grid-frame-budget',
    apply: 'build',
    buildStart() {
      patched = false;
    },
    transform(code, id) {
      if (!AG_GRID_MODULE.test(id) || !code.includes('AnimationFrameService')) return null;
      patched = true;
      return { code: withFrameBudget(code, millis), map: null };
    },
    buildEnd(error) {
      if (!error && !patched)
        this.error('ag-grid-frame-budget: no ag-grid-community module with its AnimationFrameService was bundled');
    },
  };
}
