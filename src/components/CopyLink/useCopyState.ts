import { useEffect, useState } from 'react';

/** A copy to the clipboard: none, under way, done, or refused by the browser. */
export type CopyState = 'idle' | 'copying' | 'copied' | 'failed';

/**
 * The state of a copy control, shared by the copy-link controls and "copy page as Markdown":
 * `run(copy)` goes to 'copying', then to 'copied' or 'failed' (calling `onFailure`), which stays
 * for `confirmForMs` so that the confirmation can be seen and heard, then back to 'idle'.
 */
export function useCopyState(confirmForMs: number): {
  readonly state: CopyState;
  readonly run: (copy: () => Promise<unknown>, onFailure?: () => void) => void;
} {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied' && state !== 'failed') return undefined;
    const timer = window.setTimeout(() => {
      setState('idle');
    }, confirmForMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state, confirmForMs]);

  const run = (copy: () => Promise<unknown>, onFailure?: () => void): void => {
    setState('copying');
    copy().then(
      () => {
        setState('copied');
      },
      () => {
        onFailure?.();
        setState('failed');
      },
    );
  };
  return { state, run };
}
