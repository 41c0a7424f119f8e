import { useCallback, useEffect, useReducer } from 'react';

export type Show = {
  index: number;
  /** How many times the playlist has wrapped round: picks the language when cycling. */
  round: number;
  paused: boolean;
  /** Counts every change of slide, for the progress bar and the soak test. */
  transitions: number;
  /** Bumped whenever the countdown to the next slide starts again. */
  run: number;
};

type Action = { type: 'step'; by: 1 | -1; count: number } | { type: 'toggle' } | { type: 'resume' } | { type: 'restart' };

function reduce(show: Show, action: Action): Show {
  switch (action.type) {
    case 'step': {
      const raw = show.index + action.by;
      const index = ((raw % action.count) + action.count) % action.count;
      const round = raw >= action.count ? show.round + 1 : raw < 0 ? Math.max(0, show.round - 1) : show.round;
      return { ...show, index, round, transitions: show.transitions + 1, run: show.run + 1 };
    }
    // Decided on the current state, not the one a key handler saw: two quick presses pause and resume.
    case 'toggle':
      return show.paused ? { ...show, paused: false, run: show.run + 1 } : { ...show, paused: true };
    case 'resume':
      return show.paused ? { ...show, paused: false, run: show.run + 1 } : show;
    case 'restart':
      return { ...show, run: show.run + 1 };
  }
}

function useDocumentVisible(): boolean {
  const [visible, setVisible] = useReducer((_: boolean, next: boolean) => next, document.visibilityState === 'visible');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

type Options = {
  count: number;
  intervalMs: number;
  resumeAfterMs: number;
  /** A blank-screen hour or the exit keypad: the show stands still, like a hidden page. */
  halted: boolean;
};

/**
 * The slideshow's clock. One timer at a time: it is set for the current slide and cleared on any
 * change, so a hidden or blanked screen never comes back to a queue of missed transitions; it
 * simply starts the current slide's time again.
 */
export function useSlideshow({ count, intervalMs, resumeAfterMs, halted }: Options) {
  const [show, dispatch] = useReducer(reduce, { index: 0, round: 0, paused: false, transitions: 0, run: 0 });
  const visible = useDocumentVisible();
  const running = visible && !halted && !show.paused && count > 1;

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => dispatch({ type: 'step', by: 1, count }), intervalMs);
    return () => window.clearTimeout(timer);
  }, [running, show.run, intervalMs, count]);

  // Back from hidden or blank: the current slide gets its full time again.
  useEffect(() => {
    if (visible && !halted) dispatch({ type: 'restart' });
  }, [visible, halted]);

  // A paused show resumes by itself once nobody has touched it for a while.
  const [lastInput, touch] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!show.paused) return;
    const timer = window.setTimeout(() => dispatch({ type: 'resume' }), resumeAfterMs);
    return () => window.clearTimeout(timer);
  }, [show.paused, lastInput, resumeAfterMs]);

  const next = useCallback(() => {
    touch();
    dispatch({ type: 'step', by: 1, count });
  }, [count]);
  const previous = useCallback(() => {
    touch();
    dispatch({ type: 'step', by: -1, count });
  }, [count]);
  const togglePause = useCallback(() => {
    touch();
    dispatch({ type: 'toggle' });
  }, []);

  return { show, running, next, previous, togglePause, touch };
}
