import { explore, EXHAUSTIVE_LIMITS } from './src/domain/explore';
import { FLOWS } from './src/domain/flows';
const t=Date.now(); const r=explore(FLOWS['multi-partner'], EXHAUSTIVE_LIMITS['multi-partner'] ?? {}); console.log(r.combinations, r.states.length, r.transitions, Date.now()-t,'ms');
