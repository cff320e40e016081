/** The default instrument mix (MODEL.md §2): equity 2%, loans 68%, guarantees 30%. */
import { assumption, cite } from './provenance';

export const DEFAULT_MIX = {
  value: { equity: 0.02, loans: 0.68, guarantees: 0.3 },
  sources: {
    equity: cite('akazawaEquity'),
    loansAndGuarantees: assumption('basis.loanGuaranteeSplit'),
  },
} as const;
