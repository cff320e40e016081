/** What a chart frame shares with its layers: size and d3 scales, computed once. */
import { createContext } from 'svelte';
import type { ScaleLinear, ScaleTime } from 'd3';

export interface ChartContext {
  readonly width: number;
  readonly height: number;
  /** Plot area, inside the margins. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly xScale: ScaleTime<number, number>;
  readonly yScale: ScaleLinear<number, number>;
}

export const [getChart, setChart] = createContext<ChartContext>();
