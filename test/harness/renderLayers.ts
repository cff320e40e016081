/** Renders chart layers in a small ChartFrame: a 100 x 50 px plot area unless told otherwise. */
import { render } from '@testing-library/svelte';
import FrameHarness from './FrameHarness.svelte';
import type { Item } from './Harness.svelte';

export interface Frame {
  xDomain: [Date, Date];
  yDomain: [number, number];
  /** Plot area in px, inside the frame's margins. */
  plotWidth?: number;
  plotHeight?: number;
}

export function renderLayers(frame: Frame, layers: Item[]) {
  const view = render(FrameHarness, { plotWidth: 100, plotHeight: 50, ...frame, layers });
  const plot = view.container.querySelector('svg > g');
  if (!plot) throw new Error('the frame drew no plot group');
  return { ...view, plot };
}

/** A date at UTC midnight from 'YYYY-MM-DD'. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
