/**
 * The embeds' page's entry (embed.html), built once per chart (vite.config.ts, mode
 * `embed-<chart>`: scripts/build-embeds.mjs): in each build src/embed/embedCharts.ts has that
 * chart in the entry and the others each in a chunk of its own, so an embed loads the one chart
 * it shows and nothing of the explorer. The first-paint script picks the build for the link's
 * chart (src/firstPaint.ts). The page's stylesheet is the explorer's.
 */
import { startApp } from '../start';

const target = document.getElementById('app');
if (target) startApp(target);
