/** What a chart frame shares with its layers: size and d3 scales, computed once. */
import { createContext } from 'svelte';
import type { LinearScale } from './linearScale';
import type { TimeScale } from './timeScale';

export interface ChartContext {
  readonly width: number;
  readonly height: number;
  /** Plot area, inside the margins. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xScale: TimeScale;
  readonly yScale: LinearScale;
}

export const [getChart, setChart] = createContext<ChartContext>();
